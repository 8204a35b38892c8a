using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Queries.ListItems;

/// <summary>
/// <c>GET /api/items</c>, <c>/api/items/search</c> and <c>/api/items/identifier/:key/:value</c>: the caller's
/// visible items, filtered and paged in the store. An unknown status is ignored, as in the original.
/// </summary>
public sealed record ListItemsQuery : IQuery<IReadOnlyList<ItemResponse>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public string? IdentifierKey { get; init; }
    public string? IdentifierValue { get; init; }
    public string? Status { get; init; }
    public int Limit { get; init; } = DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListItemsQueryHandler(ICurrentUser currentUser, IUserRepository users, IItemQueries queries)
    : IQueryHandler<ListItemsQuery, IReadOnlyList<ItemResponse>>
{
    public async ValueTask<IReadOnlyList<ItemResponse>> Handle(ListItemsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        // Names only: Enum.TryParse also reads "1" or "active,deprecated" as a status, which must be ignored too.
        var status = query.Status is { } text && text.All(char.IsAsciiLetter)
            && Enum.TryParse<ItemStatus>(text, ignoreCase: true, out var parsed) ? parsed : (ItemStatus?)null;
        var filter = new ItemFilter(
            string.IsNullOrWhiteSpace(query.IdentifierKey) ? null : query.IdentifierKey,
            string.IsNullOrWhiteSpace(query.IdentifierValue) ? null : query.IdentifierValue,
            status);
        var page = await queries.ListAsync(
            ItemAccess.ViewerOf(caller), filter, query.Limit, query.Offset, cancellationToken);
        return page.Select(ItemResponse.From).ToList();
    }
}
