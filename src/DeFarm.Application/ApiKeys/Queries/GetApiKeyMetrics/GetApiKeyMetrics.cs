using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.ApiKeys.Queries.GetApiKeyMetrics;

/// <summary>Usage of one of the caller's keys, counted from the requests it really made (spa-contract §2.7 K4).</summary>
public sealed record GetApiKeyMetricsQuery(string KeyId) : IQuery<ApiKeyMetricsResponse>;

public sealed record ApiKeyMetricsResponse(
    Guid KeyId, long RequestsTotal, long RequestsLast24h, long ErrorsLast24h, DateTimeOffset? LastUsedAt);

internal sealed class GetApiKeyMetricsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, IApiKeyRepository keys, IApiKeyUsage usage, TimeProvider clock)
    : IQueryHandler<GetApiKeyMetricsQuery, ApiKeyMetricsResponse>
{
    public async ValueTask<ApiKeyMetricsResponse> Handle(GetApiKeyMetricsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var key = await ApiKeyLoader.LoadOwnedAsync(keys, query.KeyId, caller, cancellationToken);
        var counts = await usage.GetCountsAsync(key.Id, clock.GetUtcNow(), cancellationToken);
        return new ApiKeyMetricsResponse(
            key.Id, counts.RequestsTotal, counts.RequestsLast24Hours, counts.ErrorsLast24Hours, counts.LastUsedAt);
    }
}
