using DeFarm.Application.Circuits;
using DeFarm.Application.Circuits.Commands.UpdatePublicSettings;
using DeFarm.Application.Circuits.Queries.GetPublicCircuit;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>Public circuits (engines-api.md §3.8): the settings, and the public page anyone may read.</summary>
[ApiController]
[Route("api/circuits/{id}")]
public sealed class CircuitPublicController(ISender sender) : ControllerBase
{
    /// <summary>Replaces the public settings (422 for invalid ones) and makes the circuit public.</summary>
    [HttpPut("public-settings")]
    public async Task<SuccessData<CircuitResponse>> UpdateSettings(
        string id, PublicSettingsBody request, CancellationToken cancellationToken) =>
        await sender.Send(
            new UpdatePublicSettingsCommand { CircuitId = id, PublicSettings = request.PublicSettings ?? new() },
            cancellationToken);

    /// <summary>
    /// The public page: published items and their Public events only. Open without sign-in, since it shows only
    /// what the circuit chose to publish (ADR-013).
    /// </summary>
    [HttpGet("public")]
    [AllowAnonymous]
    public async Task<SuccessData<PublicCircuitResponse>> Get(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetPublicCircuitQuery(id), cancellationToken);

    public sealed record PublicSettingsBody(PublicSettingsRequest? PublicSettings);
}
