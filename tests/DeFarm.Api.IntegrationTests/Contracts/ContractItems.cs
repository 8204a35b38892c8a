using System.Reflection;
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

    /// <summary>
    /// Turns a new item into a workspace-local one (<c>LID-&lt;uuid&gt;</c>). The domain has no factory for local
    /// items yet (they land with the local-items work), so the id is set the way the store would materialize it.
    /// </summary>
    public static Item AsLocal(this Item item)
    {
        typeof(Item).GetProperty(nameof(Item.Dfid))!.SetValue(item, $"{Item.LocalPrefix}{Guid.NewGuid()}");
        return item;
    }

    /// <summary>Adds an external alias, as tokenization through a circuit will (no domain method exists yet).</summary>
    public static Item WithAlias(this Item item, ExternalAlias alias)
    {
        var aliases = (List<ExternalAlias>)typeof(Item)
            .GetField("_aliases", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(item)!;
        aliases.Add(alias);
        return item;
    }
}
