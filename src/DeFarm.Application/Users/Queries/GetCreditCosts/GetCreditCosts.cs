using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Users.Queries.GetCreditCosts;

public sealed record GetCreditCostsQuery : IQuery<CreditCostsDto>;

public sealed record CreditCostsDto(
    int ItemCreation,
    int CircuitOperation,
    int StorageMigration,
    int AuditExport,
    int PremiumAdapterUsage,
    int ApiRequest,
    UserTier Tier);

internal sealed class GetCreditCostsQueryHandler(ICurrentUser currentUser, IUserRepository users)
    : IQueryHandler<GetCreditCostsQuery, CreditCostsDto>
{
    public async ValueTask<CreditCostsDto> Handle(GetCreditCostsQuery query, CancellationToken cancellationToken)
    {
        var user = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var costs = CreditCosts.For(user.Tier);
        return new CreditCostsDto(
            costs.ItemCreation, costs.CircuitOperation, costs.StorageMigration, costs.AuditExport,
            costs.PremiumAdapterUsage, costs.ApiRequest, user.Tier);
    }
}
