namespace DeFarm.Domain.Circuits;

/// <summary>An item of a circuit shown on its public page.</summary>
public sealed class PublishedItem
{
    private PublishedItem()
    {
    }

    internal PublishedItem(string dfid, DateTimeOffset publishedAt)
    {
        Dfid = dfid;
        PublishedAt = publishedAt;
    }

    public string Dfid { get; private set; } = string.Empty;
    public DateTimeOffset PublishedAt { get; private set; }
}
