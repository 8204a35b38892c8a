using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Users.Queries.GetCreditBalance;

public sealed record GetCreditBalanceQuery : IQuery<CreditBalanceDto>;

public sealed record CreditBalanceDto(long Credits, UserTier Tier, DateTimeOffset LastUpdated);

internal sealed class GetCreditBalanceQueryHandler(ICurrentUser currentUser, IUserRepository users)
    : IQueryHandler<GetCreditBalanceQuery, CreditBalanceDto>
{
    public async ValueTask<CreditBalanceDto> Handle(GetCreditBalanceQuery query, CancellationToken cancellationToken)
    {
        var user = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        return new CreditBalanceDto(user.Credits, user.Tier, user.UpdatedAt);
    }
}
