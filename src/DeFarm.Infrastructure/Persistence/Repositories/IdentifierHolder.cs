using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.Persistence.Repositories;

/// <summary>An item carrying an identifier, as both providers find them for <c>IItemRepository.FindHoldersAsync</c>.</summary>
internal sealed record IdentifierHolder(
    string Dfid, DateTimeOffset CreatedAt, string Namespace, string Key, string Value, IdentifierKind Kind)
{
    /// <summary>For each identifier, in order, the two oldest distinct items among the candidates carrying it.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Match(
        IReadOnlyList<Identifier> identifiers, IReadOnlyList<IdentifierHolder> candidates)
    {
        var byMatch = candidates.ToLookup(c => (c.Namespace, c.Key, c.Value, c.Kind));
        return identifiers
            .Select(i => (IReadOnlyList<string>)byMatch[(i.Namespace, i.Key, i.Value, i.Kind)]
                .OrderBy(c => c.CreatedAt)
                .Select(c => c.Dfid)
                .Distinct()
                .Take(2)
                .ToList())
            .ToList();
    }
}
