using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Gateway.Circuits;

/// <summary>
/// An entry of the front end's adapter panel (spa-contract §2.3 D1). A circuit has one adapter configuration
/// (engines-api.md §1.4), so the panel lists at most one entry: the configured adapter, none when it is unset or
/// <c>none</c> (ADR-018). Its <c>id</c> is the adapter's canonical name. It is enabled and publishes
/// automatically by construction: every completed push stores the item with it (<c>circuit_push</c>).
/// </summary>
public sealed record GatewayCircuitAdapter(
    string Id,
    Guid CircuitId,
    string AdapterName,
    string AdapterType,
    bool IsEnabled,
    bool AutoPublish,
    IReadOnlyList<string> TriggerEvents,
    bool SponsorAdapterAccess,
    string ConfiguredBy,
    DateTimeOffset ConfiguredAt)
{
    /// <summary>What makes the circuit store an item with its adapter.</summary>
    public const string PushTrigger = "circuit_push";

    public static IReadOnlyList<GatewayCircuitAdapter> ListOf(Circuit circuit) =>
        circuit.AdapterConfig is { AdapterType: { } adapterType } config && adapterType != CircuitAdapterType.None
            ?
            [
                new GatewayCircuitAdapter(
                    adapterType.Name, circuit.Id, adapterType.Name, FamilyOf(adapterType), IsEnabled: true,
                    AutoPublish: true, [PushTrigger], config.SponsorAdapterAccess, config.ConfiguredBy,
                    config.ConfiguredAt),
            ]
            : [];

    /// <summary>The circuit's adapter with this panel id; 404 when the circuit has no such adapter.</summary>
    public static GatewayCircuitAdapter Find(Circuit circuit, string adapterId) =>
        ListOf(circuit).SingleOrDefault(a => a.Id == adapterId)
        ?? throw new NotFoundException("adapter_not_found", "This circuit has no such adapter");

    /// <summary>The technology the panel shows an icon for: <c>ipfs</c>, <c>stellar</c>, <c>custom</c> …</summary>
    private static string FamilyOf(CircuitAdapterType adapterType) =>
        adapterType.Name.Split('_', '-')[0];
}
