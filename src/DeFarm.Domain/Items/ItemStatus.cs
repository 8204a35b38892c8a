namespace DeFarm.Domain.Items;

/// <summary>
/// Lifecycle of an item. <see cref="MergedInto"/> is for local items folded into another local item (the
/// master's LID is kept on the item); <see cref="Merged"/> for DFID items merged into another DFID.
/// </summary>
public enum ItemStatus
{
    Active,
    Deprecated,
    Merged,
    Split,
    MergedInto,
}
