using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Events.Commands.UpdateEventMetadata;

/// <summary>
/// <c>POST /api/events/:event_id/metadata</c>: merges keys over the metadata (new values win) and recomputes the
/// content hash. Only the source may; anyone else gets 404. Content equal to another event's answers 409.
/// </summary>
public sealed record UpdateEventMetadataCommand : ICommand<EventResponse>
{
    public string EventId { get; init; } = string.Empty;
    public JsonObject Metadata { get; init; } = [];
}

internal sealed class UpdateEventMetadataCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IEventRepository events) : ICommandHandler<UpdateEventMetadataCommand, EventResponse>
{
    public async ValueTask<EventResponse> Handle(UpdateEventMetadataCommand command, CancellationToken cancellationToken)
    {
        var eventId = EventText.ParseId(command.EventId, "event_id");
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var @event = await events.GetByIdAsync(eventId, cancellationToken);
        if (@event is null || !EventAccess.CanChange(@event, caller))
        {
            throw EventErrors.NotFound();
        }

        @event.MergeMetadata(command.Metadata);
        return EventResponse.From(@event);
    }
}
