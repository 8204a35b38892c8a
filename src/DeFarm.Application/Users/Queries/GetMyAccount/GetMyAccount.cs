using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Users.Queries.GetMyAccount;

public sealed record GetMyAccountQuery : IQuery<MyAccountDto>;

public sealed record MyAccountDto(
    string UserId,
    string Username,
    string Email,
    UserTier Tier,
    long Credits,
    AccountStatus Status,
    bool IsAdmin,
    DateTimeOffset CreatedAt,
    TierLimits Limits);

internal sealed class GetMyAccountQueryHandler(ICurrentUser currentUser, IUserRepository users)
    : IQueryHandler<GetMyAccountQuery, MyAccountDto>
{
    public async ValueTask<MyAccountDto> Handle(GetMyAccountQuery query, CancellationToken cancellationToken)
    {
        var user = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        return new MyAccountDto(
            user.Id, user.Username, user.Email, user.Tier, user.Credits, user.Status, user.IsAdmin, user.CreatedAt,
            user.Limits);
    }
}
