using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfTokenIndexRepository(DeFarmDbContext db) : ITokenIndexRepository
{
    public async Task<IReadOnlyList<CanonicalIndexEntry>> FindCanonicalAsync(
        IReadOnlyList<Identifier> identifiers, CancellationToken cancellationToken)
    {
        var canonical = identifiers.Where(i => i.Kind == IdentifierKind.Canonical).ToList();
        if (canonical.Count == 0)
        {
            return [];
        }

        // Each column filtered by its list, so the primary key serves the query; exact triples are kept below.
        var namespaces = canonical.Select(i => i.Namespace).Distinct().ToList();
        var registries = canonical.Select(CanonicalIndexEntry.RegistryOf).Distinct().ToList();
        var values = canonical.Select(i => i.Value).Distinct().ToList();
        var candidates = await db.CanonicalIdentifiers.AsNoTracking()
            .Where(e => namespaces.Contains(e.Namespace) && registries.Contains(e.Registry) && values.Contains(e.Value))
            .ToListAsync(cancellationToken);
        return candidates.Where(e => canonical.Any(e.Names)).ToList();
    }

    public async Task<string?> FindFingerprintAsync(Guid circuitId, string fingerprint, CancellationToken cancellationToken) =>
        await db.ItemFingerprints.AsNoTracking()
            .Where(f => f.CircuitId == circuitId && f.Fingerprint == fingerprint)
            .Select(f => f.Dfid)
            .FirstOrDefaultAsync(cancellationToken);

    public void Add(CanonicalIndexEntry entry) => db.CanonicalIdentifiers.Add(entry);

    public void Add(ItemFingerprint fingerprint) => db.ItemFingerprints.Add(fingerprint);
}
