using DeFarm.Application.Circuits.Commands.RemoveCircuitAdapter;
using DeFarm.Application.Circuits.Commands.SetupDefaultAdapter;
using DeFarm.Application.Circuits.Commands.SwitchCircuitAdapter;
using DeFarm.Application.Gateway.Circuits;
using DeFarm.Application.Gateway.Circuits.Queries.ListCircuitAdapters;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Circuits;

/// <summary>
/// The front end's adapter panel (spa-contract §2.3 D1–D4) over the circuit's one adapter configuration
/// (ADR-018). Changes need ManagePermissions (or ownership), like the engines adapter route.
/// </summary>
[Route(GatewaySurface.ApiPrefix + "/circuits/{id}/adapters")]
public sealed class GatewayCircuitAdaptersController(ISender sender) : GatewayControllerBase
{
    /// <summary>A bare array: the configured adapter, or nothing.</summary>
    [HttpGet]
    public async Task<IReadOnlyList<GatewayCircuitAdapter>> List(string id, CancellationToken cancellationToken) =>
        await sender.Send(new ListCircuitAdaptersQuery(id), cancellationToken);

    /// <summary>Gives a circuit without an adapter the default one (<c>ipfs-ipfs</c>); answers the list.</summary>
    [HttpPost("setup-defaults")]
    public async Task<IReadOnlyList<GatewayCircuitAdapter>> SetupDefaults(string id, CancellationToken cancellationToken) =>
        await sender.Send(new SetupDefaultAdapterCommand(id), cancellationToken);

    /// <summary><c>{is_enabled}</c> or <c>{auto_publish}</c>; switching the adapter off removes it. Answers the list.</summary>
    [HttpPatch("{adapterId}")]
    public async Task<IReadOnlyList<GatewayCircuitAdapter>> Switch(
        string id, string adapterId, SwitchAdapterRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new SwitchCircuitAdapterCommand
            {
                CircuitId = id, AdapterId = adapterId, IsEnabled = request.IsEnabled, AutoPublish = request.AutoPublish,
            },
            cancellationToken);

    /// <summary>Removes the adapter: later pushes store nothing. 204.</summary>
    [HttpDelete("{adapterId}")]
    public async Task Remove(string id, string adapterId, CancellationToken cancellationToken) =>
        await sender.Send(new RemoveCircuitAdapterCommand(id, adapterId), cancellationToken);

    public sealed record SwitchAdapterRequest(bool? IsEnabled, bool? AutoPublish);
}
