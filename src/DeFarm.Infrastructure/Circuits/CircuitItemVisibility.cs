using DeFarm.Infrastructure.Persistence;
using DeFarm.Infrastructure.Persistence.Repositories;

namespace DeFarm.Infrastructure.Circuits;

/// <summary>
/// The items circuits let a user see, as SQL: those held by a circuit the user belongs to, and those published
/// by a publicly accessible circuit. Shared by the membership port and the item list.
/// </summary>
internal static class CircuitItemVisibility
{
    public static IQueryable<string> GrantedDfids(DeFarmDbContext db, string userId, DateTimeOffset now) =>
        db.CircuitItems
            .Where(ci => db.Circuits.Any(c => c.Id == ci.CircuitId && c.Members.Any(m => m.MemberId == userId)))
            .Select(ci => ci.Dfid)
            .Concat(EfCircuitQueries.PubliclyAccessible(db.Circuits, now)
                .SelectMany(c => c.PublishedItems.Select(p => p.Dfid)));
}
