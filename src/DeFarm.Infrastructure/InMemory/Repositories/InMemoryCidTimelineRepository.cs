using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryCidTimelineRepository(InMemoryUnitOfWork unitOfWork) : ICidTimelineRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public void Add(CidTimelineEntry entry) => unitOfWork.Insert(Database.CidTimeline, entry);

    public Task<IReadOnlyList<CidTimelineEntry>> ListAsync(string dfid, CancellationToken cancellationToken)
    {
        IReadOnlyList<CidTimelineEntry> entries = Database.Query(
            Database.CidTimeline, rows => rows.Where(e => e.Dfid == dfid).OrderBy(e => e.Sequence));
        return Task.FromResult(entries);
    }

    public Task<CidTimelineEntry?> GetAsync(string dfid, int sequence, CancellationToken cancellationToken) =>
        Task.FromResult(Database.Query(
            Database.CidTimeline, rows => rows.Where(e => e.Dfid == dfid && e.Sequence == sequence)).FirstOrDefault());

    public Task<IReadOnlyList<string>> ListDfidsWithCidAsync(string cid, CancellationToken cancellationToken)
    {
        IReadOnlyList<string> dfids = Database.Query(
                Database.CidTimeline, rows => rows.Where(e => e.Cid == cid).OrderBy(e => e.CreatedAt))
            .Select(e => e.Dfid)
            .Distinct()
            .ToList();
        return Task.FromResult(dfids);
    }
}
