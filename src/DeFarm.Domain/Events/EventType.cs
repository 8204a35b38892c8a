namespace DeFarm.Domain.Events;

/// <summary>What happened to an item. The names are the wire and database form (engines-api.md §6).</summary>
public enum EventType
{
    Created,
    Enriched,
    Merged,
    Split,
    PushedToCircuit,
    PulledFromCircuit,
    Updated,
    StatusChanged,
}
