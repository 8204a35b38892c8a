using System.Text.Json.Nodes;
using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using DeFarm.Domain.Events;
using Mediator;

namespace DeFarm.Application.Events.Commands.CreateEvent;

/// <summary>
/// <c>POST /api/events</c>: records an event about an item the caller may add to (decision 17; seeing it only
/// because a public circuit publishes it is 403, ADR-009). An event with the same content hash is answered
/// instead of storing a copy (engines-api.md §3.5).
/// </summary>
public sealed record CreateEventCommand : ICommand<CreateEventResponse>
{
    public string Dfid { get; init; } = string.Empty;
    public string? EventType { get; init; }
    public string? Visibility { get; init; }
    public JsonObject? Metadata { get; init; }
}

internal sealed class CreateEventCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    IEventRepository events,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<CreateEventCommand, CreateEventResponse>
{
    public async ValueTask<CreateEventResponse> Handle(CreateEventCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadForEventsAsync(command.Dfid, caller, cancellationToken);
        var @event = Event.Create(
            item.Dfid, EventText.ParseType(command.EventType), EventText.ParseVisibility(command.Visibility), caller.Id,
            command.Metadata, clock.GetUtcNow());

        // Held to the commit, so a concurrent twin waits and then finds this one.
        await unitOfWork.LockAsync([LockKeys.ForEventContent(@event.ContentHash)], cancellationToken);
        if (await events.GetByContentHashAsync(@event.ContentHash, cancellationToken) is { } original)
        {
            return CreateEventResponse.From(original, wasDeduplicated: true);
        }

        events.Add(@event);
        return CreateEventResponse.From(@event, wasDeduplicated: false);
    }
}
