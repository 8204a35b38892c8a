using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Items.Queries.ListPendingItems;

/// <summary>
/// The caller's pending items still awaiting review (everyone's for admins), highest priority first.
/// <see cref="Reason"/> matches any part of the reason's name, ignoring case.
/// </summary>
public sealed record ListPendingItemsQuery : IQuery<IReadOnlyList<PendingItemResponse>>
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public string? Reason { get; init; }
    public int? PriorityMin { get; init; }
    public int Limit { get; init; } = DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListPendingItemsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, IPendingItemQueries queries)
    : IQueryHandler<ListPendingItemsQuery, IReadOnlyList<PendingItemResponse>>
{
    public async ValueTask<IReadOnlyList<PendingItemResponse>> Handle(
        ListPendingItemsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        // The reasons are a handful of names: match the text here and filter the store by the matching values.
        var reasons = string.IsNullOrWhiteSpace(query.Reason)
            ? null
            : Enum.GetValues<PendingReason>()
                .Where(r => PendingItemResponse.ReasonText(r).Contains(query.Reason.Trim(), StringComparison.OrdinalIgnoreCase))
                .ToList();
        var filter = new PendingItemFilter(caller.IsAdmin ? null : caller.Id, reasons, query.PriorityMin);
        var page = await queries.ListUnresolvedAsync(filter, query.Limit, query.Offset, cancellationToken);
        return page.Select(PendingItemResponse.From).ToList();
    }
}
