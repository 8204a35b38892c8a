using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>DFID numbers from one PostgreSQL sequence, shared by every API instance and never reused.</summary>
internal sealed class PostgresDfidGenerator(DeFarmDbContext db, TimeProvider clock) : IDfidGenerator
{
    public async Task<Dfid> NextAsync(CancellationToken cancellationToken)
    {
        var sequence = await db.Database
            .SqlQueryRaw<long>($"SELECT nextval('{DeFarmDbContext.DfidSequence}') AS \"Value\"")
            .SingleAsync(cancellationToken);
        return Dfid.Create(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), sequence);
    }
}
