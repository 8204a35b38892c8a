using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Adapters.Queries.ListAdapterConfigs;

/// <summary><c>GET /api/admin/adapters</c>: every configuration, oldest first, secrets masked; admins only.</summary>
public sealed record ListAdapterConfigsQuery : IQuery<AdapterConfigListResponse>;

public sealed record AdapterConfigListResponse(bool Success, IReadOnlyList<AdapterConfigDto> Adapters, int Count);

internal sealed class ListAdapterConfigsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IAdapterConfigRepository configs) : IQueryHandler<ListAdapterConfigsQuery, AdapterConfigListResponse>
{
    public async ValueTask<AdapterConfigListResponse> Handle(ListAdapterConfigsQuery query, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var all = (await configs.ListAsync(cancellationToken)).Select(AdapterConfigDto.From).ToList();
        return new AdapterConfigListResponse(true, all, all.Count);
    }
}
