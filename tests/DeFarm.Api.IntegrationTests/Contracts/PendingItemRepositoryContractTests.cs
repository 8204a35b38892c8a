using System.Text.Json.Nodes;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class PendingItemRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldRoundTripAPendingItemWithItsInvalidIdentifiers()
    {
        Identifier[] identifiers =
        [
            Identifier.Contextual("generic", " ", "L-1"),
            Identifier.Canonical("bovino", "sisbov", "XX1", true, Now),
        ];
        var sourceEntry = Guid.NewGuid();
        var pending = new PendingItem(
            identifiers, new JsonObject { ["weight"] = 455 }, sourceEntry, PendingReason.InvalidIdentifiers,
            "Invalid identifier:  :L-1", "alice", "alice-workspace", Now);
        await StoreAsync(pending);

        await using var read = BeginRequest();
        var loaded = (await read.PendingItems.GetByIdAsync(pending.Id, None)).ShouldNotBeNull();

        loaded.Identifiers.ShouldBe(identifiers);
        loaded.EnrichedData.ShouldNotBeNull()["weight"]!.GetValue<int>().ShouldBe(455);
        loaded.SourceEntry.ShouldBe(sourceEntry);
        loaded.Reason.ShouldBe(PendingReason.InvalidIdentifiers);
        loaded.ReasonDetails.ShouldBe("Invalid identifier:  :L-1");
        loaded.Priority.ShouldBe(2);
        loaded.Status.ShouldBe(PendingItemStatus.Pending);
        loaded.ResolvedDfid.ShouldBeNull();
        loaded.CreatedBy.ShouldBe("alice");
        loaded.WorkspaceId.ShouldBe("alice-workspace");
        loaded.CreatedAt.ShouldBe(Now);
        loaded.UpdatedAt.ShouldBe(Now);
    }

    [Test]
    public async Task ShouldRoundTripAPendingItemWithoutIdentifiersOrData()
    {
        var pending = new PendingItem(
            [], null, Guid.NewGuid(), PendingReason.NoIdentifiers, "no identifiers given", "bob", null, Now);
        await StoreAsync(pending);

        await using var read = BeginRequest();
        var loaded = (await read.PendingItems.GetByIdAsync(pending.Id, None)).ShouldNotBeNull();

        loaded.Identifiers.ShouldBeEmpty();
        loaded.EnrichedData.ShouldBeNull();
        loaded.Priority.ShouldBe(3);
        loaded.WorkspaceId.ShouldBeNull();
    }

    [Test]
    public async Task ShouldReturnNullForAnUnknownOrUncommittedPendingItem()
    {
        await using var write = BeginRequest();
        var uncommitted = new PendingItem(
            [], null, Guid.NewGuid(), PendingReason.NoIdentifiers, "no identifiers given", "bob", null, Now);
        write.PendingItems.Add(uncommitted);

        await using var read = BeginRequest();

        (await read.PendingItems.GetByIdAsync(uncommitted.Id, None)).ShouldBeNull();
        (await read.PendingItems.GetByIdAsync(Guid.NewGuid(), None)).ShouldBeNull();
    }

    private async Task StoreAsync(PendingItem pending)
    {
        await using var write = BeginRequest();
        write.PendingItems.Add(pending);
        await write.CommitAsync();
    }
}
