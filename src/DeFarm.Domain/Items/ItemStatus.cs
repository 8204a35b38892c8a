namespace DeFarm.Domain.Items;

/// <summary>
/// Lifecycle of an item. <see cref="MergedInto"/> is for local items folded into another local item (the
/// master's LID is kept on the item); <see cref="Merged"/> for DFID items merged into another DFID.
/// <see cref="Archived"/> is an item taken out of use and kept for the record (the web front end's "archive").
/// </summary>
public enum ItemStatus
{
    Active,
    Deprecated,
    Merged,
    Split,
    MergedInto,
    Archived,
}
