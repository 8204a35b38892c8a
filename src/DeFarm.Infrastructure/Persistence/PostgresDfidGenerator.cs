using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>DFID numbers from one PostgreSQL sequence, shared by every API instance and never reused.</summary>
internal sealed class PostgresDfidGenerator(DeFarmDbContext db, TimeProvider clock) : IDfidGenerator
{
    public async Task<Dfid> NextAsync(CancellationToken cancellationToken) => (await NextAsync(1, cancellationToken))[0];

    public async Task<IReadOnlyList<Dfid>> NextAsync(int count, CancellationToken cancellationToken)
    {
        var sequences = await db.Database
            .SqlQueryRaw<long>(
                $"SELECT nextval('{DeFarmDbContext.DfidSequence}') AS \"Value\" FROM generate_series(1, {{0}})", count)
            .ToListAsync(cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return sequences.Order().Select(sequence => Dfid.Create(today, sequence)).ToList();
    }
}
