using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Audit;

namespace DeFarm.Application.Audit;

/// <summary>
/// Appends records to the caller's audit chain in the current unit of work. The chain is locked until the commit,
/// so two commands of one workspace append one after the other and each links to the other's entry; commands of
/// other workspaces never wait for it.
/// </summary>
public sealed class AuditTrail(
    ICurrentUser currentUser,
    IUserRepository users,
    IAuditLogRepository log,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task AppendAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        var actor = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var chain = AuditEntry.ChainOf(actor.Id, actor.WorkspaceId);
        await unitOfWork.LockAsync([LockKeys.ForAuditChain(chain)], cancellationToken);
        var head = await log.GetHeadAsync(chain, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var record in records)
        {
            head = AuditEntry.Append(
                head, chain, record.Action, record.ResourceType, record.ResourceId, actor.Id, record.Changes, now);
            log.Add(head);
        }
    }
}
