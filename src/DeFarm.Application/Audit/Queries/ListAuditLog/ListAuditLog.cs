using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Audit.Queries.ListAuditLog;

/// <summary>The newest audit entries the caller may read (<see cref="AuditScope"/>), newest first.</summary>
public sealed record ListAuditLogQuery : IQuery<IReadOnlyList<AuditLogEntryResponse>>, IAuditLogLimit
{
    public int Limit { get; init; } = IAuditLogLimit.DefaultLimit;
}

internal sealed class ListAuditLogQueryHandler(ICurrentUser currentUser, IUserRepository users, IAuditLogRepository log)
    : IQueryHandler<ListAuditLogQuery, IReadOnlyList<AuditLogEntryResponse>>
{
    public async ValueTask<IReadOnlyList<AuditLogEntryResponse>> Handle(
        ListAuditLogQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var entries = await log.ListNewestAsync(AuditScope.ChainReadableBy(caller), query.Limit, cancellationToken);
        return entries.Select(AuditLogEntryResponse.From).ToList();
    }
}
