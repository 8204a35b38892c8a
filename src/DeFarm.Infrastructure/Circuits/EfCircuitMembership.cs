using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Circuits;
using DeFarm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Circuits;

internal sealed class EfCircuitMembership(DeFarmDbContext db, TimeProvider clock) : ICircuitMembership
{
    public async Task<IReadOnlyCollection<string>> CircuitIdsOfAsync(string userId, CancellationToken cancellationToken)
    {
        var ids = await db.Circuits
            .Where(c => c.Members.Any(m => m.MemberId == userId))
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        return ids.Select(id => id.ToString()).ToList();
    }

    public Task<bool> GrantsItemAsync(string dfid, string userId, CancellationToken cancellationToken) =>
        CircuitItemVisibility.GrantedDfids(db, userId, clock.GetUtcNow()).AnyAsync(d => d == dfid, cancellationToken);

    public Task<bool> GrantsPushOnItemAsync(string dfid, string userId, CancellationToken cancellationToken) =>
        db.CircuitItems.AnyAsync(
            ci => ci.Dfid == dfid && db.Circuits.Any(c => c.Id == ci.CircuitId
                && c.Members.Any(m => m.MemberId == userId && m.Permissions.Contains(CircuitPermission.Push))),
            cancellationToken);
}
