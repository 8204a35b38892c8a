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
    TierLimitsDto Limits);

public sealed record TierLimitsDto(
    int? MaxItemsPerMonth,
    int? MaxCircuits,
    int? MaxStorageLocations,
    int? MaxApiRequestsPerHour,
    int? MaxWorkspaceMembers,
    bool CanUsePremiumAdapters,
    int MaxAuditRetentionDays,
    bool PrioritySupport)
{
    internal static TierLimitsDto From(TierLimits limits) => new(
        limits.MaxItemsPerMonth, limits.MaxCircuits, limits.MaxStorageLocations, limits.MaxApiRequestsPerHour,
        limits.MaxWorkspaceMembers, limits.CanUsePremiumAdapters, limits.MaxAuditRetentionDays,
        limits.PrioritySupport);
}

internal sealed class GetMyAccountQueryHandler(ICurrentUser currentUser, IUserRepository users)
    : IQueryHandler<GetMyAccountQuery, MyAccountDto>
{
    public async ValueTask<MyAccountDto> Handle(GetMyAccountQuery query, CancellationToken cancellationToken)
    {
        var user = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        return new MyAccountDto(
            user.Id, user.Username, user.Email, user.Tier, user.Credits, user.Status, user.IsAdmin, user.CreatedAt,
            TierLimitsDto.From(user.Limits));
    }
}
