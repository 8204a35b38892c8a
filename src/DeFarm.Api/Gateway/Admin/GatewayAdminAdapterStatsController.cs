using DeFarm.Application.Admin.Queries.GetAdapterStats;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Admin;

/// <summary>The admin metrics page (spa-contract §2.8 AD6), from recorded data; admins only.</summary>
[Route(GatewaySurface.ApiPrefix + "/admin/adapter/stats")]
[Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
public sealed class GatewayAdminAdapterStatsController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<AdapterStatsResponse> Get(CancellationToken cancellationToken) =>
        await sender.Send(new GetAdapterStatsQuery(), cancellationToken);
}
