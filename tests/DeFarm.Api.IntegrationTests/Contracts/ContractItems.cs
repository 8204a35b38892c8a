using System.Text.Json.Nodes;
using DeFarm.Domain.Items;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>Items for the contract fixtures, built through the domain API.</summary>
internal static class ContractItems
{
    public static readonly DateOnly Day = new(2026, 3, 14);

    public static Item New(
        long sequence, string createdBy, DateTimeOffset createdAt, string? workspaceId = null,
        JsonObject? enrichedData = null, params Identifier[] identifiers) =>
        Item.CreateWithDfid(
            Dfid.Create(Day, sequence), identifiers.Length == 0 ? [Identifier.Contextual("generic", "seq", $"{sequence}")] : identifiers,
            enrichedData, Guid.NewGuid(), createdBy, workspaceId, createdAt);

    /// <summary>A workspace-local item (<c>LID-&lt;uuid&gt;</c>).</summary>
    public static Item NewLocal(string createdBy, DateTimeOffset createdAt, string? workspaceId, params Identifier[] identifiers) =>
        Item.CreateLocal(Guid.NewGuid(), identifiers, null, Guid.NewGuid(), createdBy, workspaceId, createdAt);

    /// <summary>Adds an external alias, as tokenization through a circuit does.</summary>
    public static Item WithAlias(this Item item, ExternalAlias alias)
    {
        item.AddAlias(alias, item.LastModified);
        return item;
    }
}
