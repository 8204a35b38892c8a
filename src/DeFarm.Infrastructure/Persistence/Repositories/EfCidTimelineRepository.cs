using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

/// <summary>The sequence is the database's to assign (a trigger); EF reads it back after the insert.</summary>
internal sealed class EfCidTimelineRepository(DeFarmDbContext db) : ICidTimelineRepository
{
    public void Add(CidTimelineEntry entry) => db.CidTimeline.Add(entry);

    public async Task<IReadOnlyList<CidTimelineEntry>> ListAsync(string dfid, CancellationToken cancellationToken) =>
        await db.CidTimeline.AsNoTracking()
            .Where(e => e.Dfid == dfid)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

    public Task<CidTimelineEntry?> GetAsync(string dfid, int sequence, CancellationToken cancellationToken) =>
        db.CidTimeline.AsNoTracking().FirstOrDefaultAsync(e => e.Dfid == dfid && e.Sequence == sequence, cancellationToken);

    public async Task<IReadOnlyList<string>> ListDfidsWithCidAsync(string cid, CancellationToken cancellationToken)
    {
        var dfids = await db.CidTimeline.AsNoTracking()
            .Where(e => e.Cid == cid)
            .OrderBy(e => e.CreatedAt)
            .Select(e => e.Dfid)
            .ToListAsync(cancellationToken);
        return dfids.Distinct().ToList();
    }
}
