using DeFarm.Application.Gateway.Items;
using DeFarm.Application.Gateway.Items.Queries.GetItemAnchors;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Items;

/// <summary>Where an item's versions are stored (spa-contract §2.2 I10), from its storage records.</summary>
[Route(GatewaySurface.ApiPrefix + "/adapter/items/{id}/anchors")]
public sealed class GatewayItemAnchorsController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<GatewayItemAnchors> Get(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetItemAnchorsQuery(id), cancellationToken);
}
