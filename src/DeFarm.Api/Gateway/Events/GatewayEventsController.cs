using DeFarm.Application.Gateway;
using DeFarm.Application.Gateway.Events;
using DeFarm.Application.Gateway.Events.Queries.ListGatewayEvents;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Events;

/// <summary>The front end's event feed (spa-contract §2.4): the events the caller may see, newest first.</summary>
[Route(GatewaySurface.ApiPrefix + "/events")]
public sealed class GatewayEventsController(ISender sender) : GatewayControllerBase
{
    /// <summary><c>item_id</c> (the item's id, its DFID) keeps one item's events.</summary>
    [HttpGet]
    public async Task<GatewayEventList> List(
        [FromQuery(Name = "item_id")] string? itemId,
        [FromQuery] int limit = IGatewayPage.DefaultLimit,
        [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListGatewayEventsQuery { ItemId = itemId, Limit = limit, Offset = offset }, cancellationToken);
}
