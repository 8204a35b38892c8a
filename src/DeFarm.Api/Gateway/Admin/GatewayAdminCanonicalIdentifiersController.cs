using DeFarm.Application.Admin;
using DeFarm.Application.Admin.Commands.DeclareCanonicalIdentifierType;
using DeFarm.Application.Admin.Commands.SetCanonicalIdentifierTypeActive;
using DeFarm.Application.Admin.Queries.ListCanonicalIdentifierTypes;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Admin;

/// <summary>Canonical identifier types per value chain (spa-contract §2.8 AD7–AD9); admins only.</summary>
[Route(GatewaySurface.ApiPrefix + "/admin/canonical-identifiers")]
[Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
public sealed class GatewayAdminCanonicalIdentifiersController(ISender sender) : GatewayControllerBase
{
    [HttpGet("value-chain/{valueChain}")]
    public async Task<IReadOnlyList<CanonicalIdentifierTypeResponse>> List(string valueChain, CancellationToken cancellationToken) =>
        await sender.Send(new ListCanonicalIdentifierTypesQuery(valueChain), cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Declare(DeclareRequest request, CancellationToken cancellationToken)
    {
        var type = await sender.Send(
            new DeclareCanonicalIdentifierTypeCommand
            {
                ValueChain = request.ValueChain ?? string.Empty,
                IdentifierType = request.IdentifierType ?? string.Empty,
            },
            cancellationToken);
        return Created($"/{GatewaySurface.ApiPrefix}/admin/canonical-identifiers/{type.Id}", type);
    }

    [HttpPatch("{id}")]
    public async Task<CanonicalIdentifierTypeResponse> SetActive(
        string id, ActiveRequest request, CancellationToken cancellationToken) =>
        await sender.Send(new SetCanonicalIdentifierTypeActiveCommand { Id = id, IsActive = request.IsActive }, cancellationToken);

    public sealed record DeclareRequest(string? ValueChain, string? IdentifierType);

    public sealed record ActiveRequest(bool? IsActive);
}
