using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Audit;
using Mediator;

namespace DeFarm.Application.Audit.Queries.VerifyAuditChain;

/// <summary>
/// Recomputes the hashes of the newest <c>limit</c> entries the caller may read and checks that each links to
/// the one before it in its chain.
/// </summary>
public sealed record VerifyAuditChainQuery : IQuery<AuditChainCheck>, IAuditLogLimit
{
    public int Limit { get; init; } = IAuditLogLimit.DefaultLimit;
}

internal sealed class VerifyAuditChainQueryHandler(ICurrentUser currentUser, IUserRepository users, IAuditLogRepository log)
    : IQueryHandler<VerifyAuditChainQuery, AuditChainCheck>
{
    public async ValueTask<AuditChainCheck> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var entries = await log.ListNewestAsync(AuditScope.ChainReadableBy(caller), query.Limit, cancellationToken);
        return AuditChainCheck.Of(entries);
    }
}
