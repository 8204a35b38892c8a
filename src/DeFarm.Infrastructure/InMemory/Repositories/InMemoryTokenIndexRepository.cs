using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryTokenIndexRepository(InMemoryUnitOfWork unitOfWork) : ITokenIndexRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<IReadOnlyList<CanonicalIndexEntry>> FindCanonicalAsync(
        IReadOnlyList<Identifier> identifiers, CancellationToken cancellationToken)
    {
        var keys = identifiers.Where(i => i.Kind == IdentifierKind.Canonical)
            .Select(i => (i.Namespace, CanonicalIndexEntry.RegistryOf(i), i.Value))
            .ToHashSet();
        IReadOnlyList<CanonicalIndexEntry> found = Database.Query(
            Database.CanonicalIdentifiers, rows => rows.Where(e => keys.Contains((e.Namespace, e.Registry, e.Value))));
        return Task.FromResult(found);
    }

    public Task<string?> FindFingerprintAsync(Guid circuitId, string fingerprint, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(
                Database.ItemFingerprints.TryGet((circuitId, fingerprint), out var row, out _) ? row.Dfid : null);
        }
    }

    public void Add(CanonicalIndexEntry entry) => unitOfWork.Insert(Database.CanonicalIdentifiers, entry);

    public void Add(ItemFingerprint fingerprint) => unitOfWork.Insert(Database.ItemFingerprints, fingerprint);
}
