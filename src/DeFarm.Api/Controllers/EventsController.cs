using System.Text.Json.Nodes;
using DeFarm.Application.Events;
using DeFarm.Application.Events.Commands.CreateEvent;
using DeFarm.Application.Events.Commands.CreateLocalEvent;
using DeFarm.Application.Events.Commands.UpdateEventMetadata;
using DeFarm.Application.Events.Queries.GetEvent;
using DeFarm.Application.Events.Queries.GetLocalEvent;
using DeFarm.Application.Events.Queries.ListEvents;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>
/// Item events (engines-api.md §4.6). Every route needs a signed-in caller (decision 14); reads show only the
/// events the caller may see (decision 20), lists newest first, paged by limit and offset.
/// </summary>
[ApiController]
[Route("api/events")]
public sealed class EventsController(ISender sender) : ControllerBase
{
    /// <summary>Records an event about a visible item: 201 when stored, 200 with the twin when deduplicated.</summary>
    [HttpPost]
    public async Task<ActionResult<CreateEventResponse>> Create(
        CreateEventCommand command, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return result.WasDeduplicated ? Ok(result) : Created($"/api/events/{result.EventId}", result);
    }

    /// <summary>Records a local event (<c>LOCAL-EVENT-&lt;id&gt;</c>), seen only by its source; 201.</summary>
    [HttpPost("local")]
    public async Task<ActionResult<LocalEventResponse>> CreateLocal(
        CreateLocalEventCommand command, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        return Created($"/api/events/local/{result.LocalEventId}", result);
    }

    [HttpGet("local/{local_event_id}")]
    public async Task<LocalEventResponse> GetLocal(
        [FromRoute(Name = "local_event_id")] string localEventId, CancellationToken cancellationToken) =>
        await sender.Send(new GetLocalEventQuery(localEventId), cancellationToken);

    [HttpGet("item/{dfid}")]
    public Task<IReadOnlyList<EventResponse>> ListByItem(
        string dfid, [FromQuery] int limit = ListEventsQuery.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        ListAsync(new ListEventsQuery { Dfid = dfid }, limit, offset, cancellationToken);

    [HttpGet("type/{event_type}")]
    public Task<IReadOnlyList<EventResponse>> ListByType(
        [FromRoute(Name = "event_type")] string eventType, [FromQuery] int limit = ListEventsQuery.DefaultLimit,
        [FromQuery] int offset = 0, CancellationToken cancellationToken = default) =>
        ListAsync(new ListEventsQuery { EventType = eventType }, limit, offset, cancellationToken);

    [HttpGet("visibility/{visibility}")]
    public Task<IReadOnlyList<EventResponse>> ListByVisibility(
        string visibility, [FromQuery] int limit = ListEventsQuery.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        ListAsync(new ListEventsQuery { Visibility = visibility }, limit, offset, cancellationToken);

    /// <summary>Events between <c>start_date</c> and <c>end_date</c> (Unix seconds, inclusive); all when either is missing.</summary>
    [HttpGet("timeline")]
    public Task<IReadOnlyList<EventResponse>> Timeline(
        [FromQuery(Name = "start_date")] long? startDate, [FromQuery(Name = "end_date")] long? endDate,
        [FromQuery] int limit = ListEventsQuery.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        ListAsync(new ListEventsQuery { StartDate = startDate, EndDate = endDate }, limit, offset, cancellationToken);

    [HttpGet("public")]
    public Task<IReadOnlyList<EventResponse>> ListPublic(
        [FromQuery] int limit = ListEventsQuery.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        ListAsync(new ListEventsQuery { Visibility = "Public" }, limit, offset, cancellationToken);

    /// <summary>The caller's own private events (nobody else's are visible).</summary>
    [HttpGet("private")]
    public Task<IReadOnlyList<EventResponse>> ListPrivate(
        [FromQuery] int limit = ListEventsQuery.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        ListAsync(new ListEventsQuery { Visibility = "Private" }, limit, offset, cancellationToken);

    [HttpGet("{event_id}")]
    public async Task<EventResponse> Get(
        [FromRoute(Name = "event_id")] string eventId, CancellationToken cancellationToken) =>
        await sender.Send(new GetEventQuery(eventId), cancellationToken);

    /// <summary>
    /// Merges the body's keys over the metadata (new values win) and recomputes the hash; the source, or an admin
    /// who sees the event.
    /// </summary>
    [HttpPost("{event_id}/metadata")]
    public async Task<EventResponse> UpdateMetadata(
        [FromRoute(Name = "event_id")] string eventId, JsonNode? metadata, CancellationToken cancellationToken) =>
        await sender.Send(new UpdateEventMetadataCommand { EventId = eventId, Metadata = metadata }, cancellationToken);

    private async Task<IReadOnlyList<EventResponse>> ListAsync(
        ListEventsQuery query, int limit, int offset, CancellationToken cancellationToken) =>
        await sender.Send(query with { Limit = limit, Offset = offset }, cancellationToken);
}
