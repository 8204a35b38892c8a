using DeFarm.Domain.Audit;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Audit;

/// <summary>Which audit entries a caller may read: their own chain (their workspace's), or every chain for an admin.</summary>
internal static class AuditScope
{
    /// <returns>The caller's chain, or <c>null</c> meaning every chain.</returns>
    public static string? ChainReadableBy(UserAccount caller) =>
        caller.IsAdmin ? null : AuditEntry.ChainOf(caller.Id, caller.WorkspaceId);
}
