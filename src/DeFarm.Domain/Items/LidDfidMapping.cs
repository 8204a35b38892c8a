namespace DeFarm.Domain.Items;

/// <summary>
/// Which DFID a local item became when it was pushed to a circuit (engines-api.md §1.3, decisions 3 and 4). One
/// row per LID; the local item itself is kept.
/// </summary>
public sealed class LidDfidMapping
{
    private LidDfidMapping()
    {
    }

    public LidDfidMapping(Guid localId, Dfid dfid, DateTimeOffset now)
    {
        LocalId = localId;
        Dfid = dfid.Value;
        CreatedAt = now;
    }

    public Guid LocalId { get; private set; }
    public string Dfid { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
}
