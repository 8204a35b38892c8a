using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Adapters.Queries.GetAdapterConfig;

/// <summary><c>GET /api/admin/adapters/:config_id</c>, secrets masked; admins only.</summary>
public sealed record GetAdapterConfigQuery(Guid ConfigId) : IQuery<AdapterConfigResponse>;

internal sealed class GetAdapterConfigQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IAdapterConfigRepository configs) : IQueryHandler<GetAdapterConfigQuery, AdapterConfigResponse>
{
    public async ValueTask<AdapterConfigResponse> Handle(GetAdapterConfigQuery query, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var config = await configs.GetByIdAsync(query.ConfigId, cancellationToken) ?? throw AdapterConfigErrors.NotFound();
        return AdapterConfigResponse.From(config);
    }
}
