using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>What the gateway reads of circuits: slugs, listing, discovery, published items, archived ones left out.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class GatewayCircuitQueriesContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldFindACircuitBySlugWithItsTypeVisibilityListingAndJoinRequestIds()
    {
        var circuit = Circuit.Create("Café Bom", "d", "alice", Now);
        circuit.ChangeType("supply_chain", Now);
        circuit.ChangeVisibility(CircuitVisibility.Restricted, Now);
        circuit.ChangeListing(new CircuitListing(true, true, false, "a@b.example", "https://b.example"), Now);
        circuit.DescribePublicly("Public text", Now);
        var request = circuit.SubmitJoinRequest("bob", null, Now);
        await StoreAsync(circuit);

        await using var read = BeginRequest();
        var loaded = (await read.Get<ICircuitRepository>().GetBySlugAsync(circuit.Slug, None)).ShouldNotBeNull();

        loaded.Id.ShouldBe(circuit.Id);
        loaded.Slug.ShouldStartWith("cafe-bom-");
        loaded.CircuitType.ShouldBe("supply_chain");
        loaded.Visibility.ShouldBe(CircuitVisibility.Restricted);
        loaded.Listing.ShouldBe(new CircuitListing(true, true, false, "a@b.example", "https://b.example"));
        loaded.PublicSettings!.PublicDescription.ShouldBe("Public text");
        loaded.IsPubliclyAccessible(Now).ShouldBeFalse();
        loaded.JoinRequestWithId(request.Id).ShouldNotBeNull().RequesterId.ShouldBe("bob");
        (await read.Get<ICircuitRepository>().GetBySlugAsync("no-such-slug", None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldListOnlyDiscoverableCircuitsNewestFirstAndSearchOnlySearchableOnes()
    {
        var listed = Discoverable("Soja Norte", Now, searchable: true);
        var unsearchable = Discoverable("Soja Sul", Now.AddMinutes(1), searchable: false);
        var publicOnly = Circuit.Create("Soja Leste", "d", "alice", Now.AddMinutes(2));
        publicOnly.ChangeVisibility(CircuitVisibility.Public, Now);
        var privateListed = Circuit.Create("Soja Oeste", "d", "alice", Now.AddMinutes(3));
        privateListed.ChangeListing(new CircuitListing(true, true, false, null, null), Now);
        var archived = Discoverable("Soja Centro", Now.AddMinutes(4), searchable: true);
        archived.Archive(Now);
        var described = Discoverable("Milho", Now.AddMinutes(5), searchable: true);
        described.DescribePublicly("Também SOJA", Now);
        await StoreAsync(listed, unsearchable, publicOnly, privateListed, archived, described);

        await using var read = BeginRequest();
        var queries = read.Get<ICircuitQueries>();
        var all = await queries.ListDiscoverableAsync(new CircuitDiscoveryFilter(null, Now, 10, 0), None);
        var searched = await queries.ListDiscoverableAsync(new CircuitDiscoveryFilter("soja", Now, 10, 0), None);
        var paged = await queries.ListDiscoverableAsync(new CircuitDiscoveryFilter(null, Now, 1, 1), None);
        var literal = await queries.ListDiscoverableAsync(new CircuitDiscoveryFilter("_", Now, 10, 0), None);

        all.Circuits.Select(c => c.Id).ShouldBe([described.Id, unsearchable.Id, listed.Id]);
        all.Total.ShouldBe(3);
        searched.Circuits.Select(c => c.Id).ShouldBe([described.Id, listed.Id]);
        searched.Total.ShouldBe(2);
        paged.Circuits.Select(c => c.Id).ShouldBe([unsearchable.Id]);
        paged.Total.ShouldBe(3);
        literal.Total.ShouldBe(0);
    }

    [Test]
    public async Task ShouldListThePublishedItemsMostRecentlyPublishedFirst()
    {
        var user = await StoreUserAsync("alice");
        var first = ContractItems.New(1, user.Id, Now, enrichedData: new JsonObject { ["value_chain"] = "bovino" });
        var second = ContractItems.New(2, user.Id, Now);
        var unpublished = ContractItems.New(3, user.Id, Now);
        var circuit = Circuit.Create("c", "d", user.Id, Now);
        var held = new HashSet<string> { first.Dfid, second.Dfid, unpublished.Dfid };
        circuit.ReplacePublicSettings(new PublicProfile(PublicAccessMode.Public), null, [first.Dfid], held, Now);
        circuit.ReplacePublicSettings(new PublicProfile(PublicAccessMode.Public), null, [first.Dfid, second.Dfid], held, Now.AddMinutes(1));
        await using (var write = BeginRequest())
        {
            write.Items.Add(first);
            write.Items.Add(second);
            write.Items.Add(unpublished);
            write.Get<ICircuitRepository>().Add(circuit);
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var items = await read.Get<ICircuitQueries>().ListPublishedItemsAsync(circuit.Id, None);

        items.Select(i => i.Dfid).ShouldBe([second.Dfid, first.Dfid]);
        items[1].EnrichedData["value_chain"]!.GetValue<string>().ShouldBe("bovino");
        (await read.Get<ICircuitQueries>().ListPublishedItemsAsync(Guid.NewGuid(), None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldLeaveArchivedCircuitsOutOfAMembersListWhenAsked()
    {
        var kept = Circuit.Create("kept", "d", "alice", Now);
        var archived = Circuit.Create("archived", "d", "alice", Now.AddMinutes(1));
        archived.Archive(Now);
        await StoreAsync(kept, archived);

        await using var read = BeginRequest();
        var queries = read.Get<ICircuitQueries>();

        (await queries.ListAsync(new CircuitListFilter("alice", false, null, Now, 10, 0, IncludeArchived: false), None))
            .Select(c => c.Id).ShouldBe([kept.Id]);
        (await queries.ListAsync(new CircuitListFilter("alice", false, null, Now, 10, 0), None))
            .Select(c => c.Id).ShouldBe([archived.Id, kept.Id]);
    }

    private static Circuit Discoverable(string name, DateTimeOffset createdAt, bool searchable)
    {
        var circuit = Circuit.Create(name, "d", "alice", createdAt);
        circuit.ChangeVisibility(CircuitVisibility.Public, createdAt);
        circuit.ChangeListing(new CircuitListing(true, searchable, true, null, null), createdAt);
        return circuit;
    }

    private async Task StoreAsync(params Circuit[] circuits)
    {
        await using var request = BeginRequest();
        foreach (var circuit in circuits)
        {
            request.Get<ICircuitRepository>().Add(circuit);
        }

        await request.CommitAsync();
    }
}
