using DeFarm.Application.Circuits.Commands.ArchiveCircuit;
using DeFarm.Application.Gateway.Circuits;
using DeFarm.Application.Gateway.Circuits.Commands.CreateCircuit;
using DeFarm.Application.Gateway.Circuits.Commands.UpdateCircuit;
using DeFarm.Application.Gateway.Circuits.Queries.DiscoverCircuits;
using DeFarm.Application.Gateway.Circuits.Queries.GetCircuit;
using DeFarm.Application.Gateway.Circuits.Queries.GetPublicCircuitPage;
using DeFarm.Application.Gateway.Circuits.Queries.ListMyCircuits;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Circuits;

/// <summary>
/// Circuits for the web front end (spa-contract §2.3 C1–C5, P1, P2). A client-sent <c>owner_id</c> is not bound:
/// the caller owns what they create. The public page and the discovery list need no sign-in.
/// </summary>
[Route(GatewaySurface.ApiPrefix + "/circuits")]
public sealed class GatewayCircuitsController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<GatewayCircuitList> List(CancellationToken cancellationToken) =>
        await sender.Send(new ListMyCircuitsQuery(), cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Create(CreateCircuitRequest request, CancellationToken cancellationToken)
    {
        var circuit = await sender.Send(
            new CreateGatewayCircuitCommand
            {
                Name = request.Name ?? string.Empty,
                Description = request.Description,
                CircuitType = request.CircuitType,
                Visibility = request.Visibility,
            },
            cancellationToken);
        return Created($"/{GatewaySurface.ApiPrefix}/circuits/{circuit.Id}", circuit);
    }

    /// <summary>Public circuits listed for discovery; the same answer with or without a token.</summary>
    [AllowAnonymous]
    [HttpGet("public")]
    public async Task<DiscoverableCircuitList> Discover(
        [FromQuery] string? search,
        [FromQuery] int limit = DiscoverCircuitsQuery.DefaultLimit,
        [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new DiscoverCircuitsQuery { Search = search, Limit = limit, Offset = offset }, cancellationToken);

    [HttpGet("{id}")]
    public async Task<GatewayCircuit> Get(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetGatewayCircuitQuery(id), cancellationToken);

    [HttpPut("{id}")]
    public async Task<GatewayCircuit> Update(string id, UpdateCircuitRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new UpdateGatewayCircuitCommand
            {
                CircuitId = id,
                Name = request.Name,
                Description = request.Description,
                CircuitType = request.CircuitType,
                Visibility = request.Visibility,
                Metadata = request.Metadata,
            },
            cancellationToken);

    /// <summary>Archives the circuit (ADR-017): it leaves every list and answers 404 from then on.</summary>
    [HttpDelete("{id}")]
    public async Task Delete(string id, CancellationToken cancellationToken) =>
        await sender.Send(new ArchiveCircuitCommand(id), cancellationToken);

    /// <summary>The public page, by id or slug; 404 unless the circuit is public.</summary>
    [AllowAnonymous]
    [HttpGet("{id}/public")]
    public async Task<PublicCircuitPage> PublicPage(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetPublicCircuitPageQuery(id), cancellationToken);

    public sealed record CreateCircuitRequest(string? Name, string? Description, string? CircuitType, string? Visibility);

    /// <summary>The discovery fields arrive in <c>metadata</c>; its other keys are ignored.</summary>
    public sealed record UpdateCircuitRequest(
        string? Name, string? Description, string? CircuitType, string? Visibility, CircuitListingChange? Metadata);
}
