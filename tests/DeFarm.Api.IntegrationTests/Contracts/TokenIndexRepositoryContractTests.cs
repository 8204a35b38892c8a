using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>The canonical index and circuit fingerprints of tokenization, on both providers.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class TokenIndexRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private static readonly Identifier Sisbov = Identifier.Canonical("bovino", "sisbov", "BR123456789012");
    private static readonly Identifier Cpf = Identifier.Canonical("bovino", "cpf", "12345678901");

    [Test]
    public async Task ShouldFindExactlyTheIndexedCanonicalIdentifiers()
    {
        var (first, second) = (await StoreItemAsync(1), await StoreItemAsync(2));
        await StoreAsync(r =>
        {
            r.Get<ITokenIndexRepository>().Add(CanonicalIndexEntry.For(Sisbov, first.Dfid, Now));
            r.Get<ITokenIndexRepository>().Add(CanonicalIndexEntry.For(Cpf, second.Dfid, Now));
        });

        await using var read = BeginRequest();
        var index = read.Get<ITokenIndexRepository>();
        var found = await index.FindCanonicalAsync(
            [Sisbov, Cpf, Identifier.Canonical("suino", "sisbov", "BR123456789012"), Identifier.Contextual("bovino", "sisbov", "BR123456789012")],
            None);
        found.Select(e => (e.Namespace, e.Registry, e.Value, e.Dfid)).ShouldBe(
            [("bovino", "sisbov", "BR123456789012", first.Dfid), ("bovino", "cpf", "12345678901", second.Dfid)], ignoreOrder: true);
        (await index.FindCanonicalAsync([Identifier.Canonical("bovino", "cpf", "98765432100")], None)).ShouldBeEmpty();
        (await index.FindCanonicalAsync([], None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseASecondDfidForOneCanonicalIdentifierAsALostRace()
    {
        var (first, second) = (await StoreItemAsync(1), await StoreItemAsync(2));
        await StoreAsync(r => r.Get<ITokenIndexRepository>().Add(CanonicalIndexEntry.For(Sisbov, first.Dfid, Now)));

        await Should.ThrowAsync<ConcurrentUpdateException>(() =>
            StoreAsync(r => r.Get<ITokenIndexRepository>().Add(CanonicalIndexEntry.For(Sisbov, second.Dfid, Now))));

        await using var read = BeginRequest();
        (await read.Get<ITokenIndexRepository>().FindCanonicalAsync([Sisbov], None)).ShouldHaveSingleItem().Dfid.ShouldBe(first.Dfid);
    }

    [Test]
    public async Task ShouldFindAFingerprintOnlyInItsCircuitAndKeepItUnique()
    {
        var item = await StoreItemAsync(1);
        var (circuit, other) = (Circuit.Create("c", "d", "alice", Now), Circuit.Create("o", "d", "alice", Now));
        await StoreAsync(r =>
        {
            r.Get<ICircuitRepository>().Add(circuit);
            r.Get<ICircuitRepository>().Add(other);
        });
        var fingerprint = ItemFingerprint.Compute(circuit.Id, [Identifier.Contextual("bovino", "lote", "L-1")])!;
        await StoreAsync(r => r.Get<ITokenIndexRepository>().Add(ItemFingerprint.Record(circuit.Id, fingerprint, item.Dfid, Now)));

        await Should.ThrowAsync<ConcurrentUpdateException>(() =>
            StoreAsync(r => r.Get<ITokenIndexRepository>().Add(ItemFingerprint.Record(circuit.Id, fingerprint, item.Dfid, Now))));

        await using var read = BeginRequest();
        var index = read.Get<ITokenIndexRepository>();
        (await index.FindFingerprintAsync(circuit.Id, fingerprint, None)).ShouldBe(item.Dfid);
        (await index.FindFingerprintAsync(other.Id, fingerprint, None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldNotShowUncommittedEntriesToAnotherRequest()
    {
        var item = await StoreItemAsync(1);
        await using var write = BeginRequest();
        write.Get<ITokenIndexRepository>().Add(CanonicalIndexEntry.For(Sisbov, item.Dfid, Now));

        await using var read = BeginRequest();
        (await read.Get<ITokenIndexRepository>().FindCanonicalAsync([Sisbov], None)).ShouldBeEmpty();
    }

    private async Task<Item> StoreItemAsync(long sequence)
    {
        var item = ContractItems.New(sequence, "alice", Now);
        await StoreAsync(r => r.Items.Add(item));
        return item;
    }

    private async Task StoreAsync(Action<RequestScope> stage)
    {
        await using var request = BeginRequest();
        stage(request);
        await request.CommitAsync();
    }
}
