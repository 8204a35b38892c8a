using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Events.Commands.UpdateEventMetadata;

/// <summary>
/// <c>POST /api/events/:event_id/metadata</c>: merges keys over the metadata (new values win) and recomputes the
/// content hash. The source may, and an admin who sees the event; anyone else gets 404. Content equal to another
/// event's answers 409. The metadata decides who sees the event (<c>recipient_id</c>, <c>circuit_id</c>), so a
/// change here can widen or narrow its audience.
/// </summary>
public sealed record UpdateEventMetadataCommand : ICommand<EventResponse>
{
    public string EventId { get; init; } = string.Empty;

    /// <summary>The request body as sent; anything but a JSON object is refused by the validator.</summary>
    public JsonNode? Metadata { get; init; }
}

internal sealed class UpdateEventMetadataCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IEventRepository events,
    ICircuitMembership circuits) : ICommandHandler<UpdateEventMetadataCommand, EventResponse>
{
    public async ValueTask<EventResponse> Handle(UpdateEventMetadataCommand command, CancellationToken cancellationToken)
    {
        var eventId = EventText.ParseId(command.EventId, "event_id");
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var @event = await events.GetByIdAsync(eventId, cancellationToken);
        if (@event is null
            || !EventAccess.CanChangeMetadata(@event, caller, await EventAccess.ViewerOfAsync(caller, circuits, cancellationToken)))
        {
            throw EventErrors.NotFound();
        }

        @event.MergeMetadata(command.Metadata!.AsObject());
        return EventResponse.From(@event);
    }
}
