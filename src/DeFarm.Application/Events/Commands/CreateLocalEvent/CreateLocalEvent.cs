using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Events;
using Mediator;

namespace DeFarm.Application.Events.Commands.CreateLocalEvent;

/// <summary>
/// <c>POST /api/events/local</c>: an event not yet tied to a tokenized item, seen only by its source until it
/// is pushed to a circuit. No dedup check: its <c>LOCAL-EVENT-&lt;id&gt;</c> address makes every hash unique.
/// </summary>
public sealed record CreateLocalEventCommand : ICommand<LocalEventResponse>
{
    public string? EventType { get; init; }
    public string? Visibility { get; init; }
    public JsonObject? Metadata { get; init; }
}

internal sealed class CreateLocalEventCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IEventRepository events,
    TimeProvider clock) : ICommandHandler<CreateLocalEventCommand, LocalEventResponse>
{
    public async ValueTask<LocalEventResponse> Handle(CreateLocalEventCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var @event = Event.CreateLocal(
            EventText.ParseType(command.EventType), EventText.ParseVisibility(command.Visibility), caller.Id,
            command.Metadata, clock.GetUtcNow());
        events.Add(@event);
        return LocalEventResponse.From(@event);
    }
}
