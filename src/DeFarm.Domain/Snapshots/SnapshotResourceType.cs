namespace DeFarm.Domain.Snapshots;

/// <summary>What a snapshot captures: a circuit (the items it holds) or an item (its state and events).</summary>
public enum SnapshotResourceType
{
    Circuit,
    Item,
}
