using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetIndexingProgress;

/// <summary>
/// <c>GET /api/timeline/indexing-progress/:network</c>: how far the blockchain listener has indexed
/// <c>stellar-testnet</c> or <c>stellar-mainnet</c> (400 for any other network, 404 before it first ran).
/// </summary>
public sealed record GetIndexingProgressQuery(string Network) : IQuery<IndexingProgressResponse>;

public sealed record IndexingProgressResponse(
    string Network,
    long LastIndexedLedger,
    long LastConfirmedLedger,
    DateTimeOffset? LastIndexedAt,
    string Status,
    long TotalEventsIndexed,
    string? ErrorMessage)
{
    public static IndexingProgressResponse From(IndexingProgress progress) => new(
        progress.Network, progress.LastIndexedLedger, progress.LastConfirmedLedger, progress.LastIndexedAt,
        progress.Status, progress.TotalEventsIndexed, progress.ErrorMessage);
}

internal sealed class GetIndexingProgressQueryHandler(IIndexingProgressRepository progress)
    : IQueryHandler<GetIndexingProgressQuery, IndexingProgressResponse>
{
    public async ValueTask<IndexingProgressResponse> Handle(GetIndexingProgressQuery query, CancellationToken cancellationToken)
    {
        if (!StorageNetworks.Indexed.Contains(query.Network))
        {
            throw StorageErrors.UnknownNetwork(query.Network);
        }

        var found = await progress.GetAsync(query.Network, cancellationToken)
            ?? throw StorageErrors.IndexingProgressNotFound(query.Network);
        return IndexingProgressResponse.From(found);
    }
}
