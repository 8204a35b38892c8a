using System.Text.Json.Nodes;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class ItemRepositoryContractTests(PersistenceProvider provider) : ItemContractTest(provider)
{
    private static readonly Identifier Sisbov = Identifier.Canonical("bovino", "sisbov", "BR123456789012", true, Now.AddDays(-3));
    private static readonly Identifier Lot = Identifier.Contextual("bovino", "lote", "L-7", "organization");

    [Test]
    public async Task ShouldRoundTripAnItemWithEverythingItCarries()
    {
        var alias = new ExternalAlias("user:alice", "cow-17", "alice", Now.AddHours(-1), "abc123");
        var item = ContractItems.New(
                1, "alice", Now, "alice-workspace", new JsonObject { ["weight"] = 455, ["tags"] = new JsonArray("a", "b") },
                Sisbov, Lot)
            .WithAlias(alias);
        var secondSource = Guid.NewGuid();
        item.Enrich(new JsonObject { ["nested"] = new JsonObject { ["ok"] = true } }, null, secondSource, Now.AddMinutes(5));
        await StoreAsync(item);

        var loaded = await LoadAsync(item.Dfid);

        loaded.Dfid.ShouldBe(Dfid.Create(ContractItems.Day, 1).Value);
        loaded.LocalId.ShouldBeNull();
        loaded.LegacyMode.ShouldBeTrue();
        loaded.Identifiers.ShouldBe([Sisbov, Lot]);
        loaded.Identifiers[0].Verified.ShouldBeTrue();
        loaded.Identifiers[0].VerificationDate.ShouldBe(Now.AddDays(-3));
        loaded.Identifiers[1].Scope.ShouldBe("organization");
        loaded.Aliases.ShouldBe([alias]);
        JsonNode.DeepEquals(loaded.EnrichedData, item.EnrichedData).ShouldBeTrue(loaded.EnrichedData.ToJsonString());
        loaded.SourceEntries.ShouldBe(item.SourceEntries);
        loaded.SourceEntries[1].EntryId.ShouldBe(secondSource);
        loaded.ConfidenceScore.ShouldBe(1.0);
        loaded.Status.ShouldBe(ItemStatus.Active);
        loaded.CreatedBy.ShouldBe("alice");
        loaded.WorkspaceId.ShouldBe("alice-workspace");
        loaded.CreatedAt.ShouldBe(Now);
        loaded.LastModified.ShouldBe(Now.AddMinutes(5));
    }

    [Test]
    public async Task ShouldReturnNullForAnUnknownDfid()
    {
        await StoreAsync(ContractItems.New(1, "alice", Now));

        await using var request = BeginRequest();

        (await request.Items.GetByDfidAsync(Dfid.Create(ContractItems.Day, 2).Value, None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldSaveChangesToALoadedItem()
    {
        var item = ContractItems.New(1, "alice", Now, identifiers: Lot);
        await StoreAsync(item);
        await using (var write = BeginRequest())
        {
            var loaded = (await write.Items.GetByDfidAsync(item.Dfid, None)).ShouldNotBeNull();
            loaded.Enrich(new JsonObject { ["weight"] = 500 }, [Sisbov], Guid.NewGuid(), Now.AddMinutes(1));
            loaded.Deprecate(Now.AddMinutes(2));
            await write.CommitAsync();
        }

        var reloaded = await LoadAsync(item.Dfid);

        reloaded.Identifiers.ShouldBe([Lot, Sisbov]);
        reloaded.EnrichedData["weight"]!.GetValue<int>().ShouldBe(500);
        reloaded.SourceEntries.Count.ShouldBe(2);
        reloaded.Status.ShouldBe(ItemStatus.Deprecated);
        reloaded.LastModified.ShouldBe(Now.AddMinutes(2));
    }

    [Test]
    public async Task ShouldKeepAnIdentifierOnBothItemsWhenOneCopiesItFromTheOther()
    {
        var source = ContractItems.New(1, "alice", Now, identifiers: Sisbov);
        var target = ContractItems.New(2, "alice", Now, identifiers: Lot);
        await StoreAsync(source, target);
        await using (var write = BeginRequest())
        {
            var loadedSource = (await write.Items.GetByDfidAsync(source.Dfid, None)).ShouldNotBeNull();
            var loadedTarget = (await write.Items.GetByDfidAsync(target.Dfid, None)).ShouldNotBeNull();
            loadedTarget.AddIdentifiers(loadedSource.Identifiers, Now.AddMinutes(1));
            await write.CommitAsync();
        }

        (await LoadAsync(source.Dfid)).Identifiers.ShouldBe([Sisbov]);
        (await LoadAsync(target.Dfid)).Identifiers.ShouldBe([Lot, Sisbov]);
    }

    [Test]
    public async Task ShouldNotShowAnUncommittedItemToAnotherRequest()
    {
        var item = ContractItems.New(1, "alice", Now, identifiers: Lot);
        await using var write = BeginRequest();
        write.Items.Add(item);

        await using var read = BeginRequest();

        (await read.Items.GetByDfidAsync(item.Dfid, None)).ShouldBeNull();
        (await HoldersOfAsync(read, Lot)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldFindItemsCarryingExactlyTheIdentifier()
    {
        var canonical = ContractItems.New(1, "alice", Now, identifiers: Sisbov);
        var contextual = ContractItems.New(2, "bob", Now, identifiers: Lot);
        await StoreAsync(canonical, contextual);

        await using var request = BeginRequest();

        (await HoldersOfAsync(request, Sisbov)).ShouldBe([canonical.Dfid]);
        (await HoldersOfAsync(request, Lot)).ShouldBe([contextual.Dfid]);
        (await HoldersOfAsync(request, Identifier.Canonical("bovino", "sisbov", "BR123456789012")))
            .ShouldBe([canonical.Dfid], "verification is not part of the match");
    }

    [TestCase("suino", "sisbov", "BR123456789012", true, TestName = "{m}(other namespace)")]
    [TestCase("bovino", "rfid", "BR123456789012", true, TestName = "{m}(other key)")]
    [TestCase("bovino", "sisbov", "BR123456789013", true, TestName = "{m}(other value)")]
    [TestCase("bovino", "sisbov", "BR123456789012", false, TestName = "{m}(other kind)")]
    public async Task ShouldNotFindItemsByAnIdentifierDifferingInOnePart(
        string @namespace, string key, string value, bool canonical)
    {
        await StoreAsync(ContractItems.New(1, "alice", Now, identifiers: Sisbov));
        var probe = canonical ? Identifier.Canonical(@namespace, key, value) : Identifier.Contextual(@namespace, key, value);

        await using var request = BeginRequest();

        (await HoldersOfAsync(request, probe)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldIgnoreLocalItemsWhenFindingByIdentifier()
    {
        var local = ContractItems.NewLocal("alice", Now, "alice-workspace", Sisbov);
        var tokenized = ContractItems.New(2, "alice", Now.AddMinutes(1), identifiers: Sisbov);
        await StoreAsync(local, tokenized);

        await using var request = BeginRequest();

        (await HoldersOfAsync(request, Sisbov)).ShouldBe([tokenized.Dfid]);
    }

    [Test]
    public async Task ShouldFindEveryHolderOfASharedIdentifierOldestFirst()
    {
        var newer = ContractItems.New(1, "alice", Now.AddMinutes(1), identifiers: Lot);
        var older = ContractItems.New(2, "bob", Now, identifiers: Lot);
        await StoreAsync(newer, older);

        await using var request = BeginRequest();

        (await HoldersOfAsync(request, Lot)).ShouldBe([older.Dfid, newer.Dfid]);
    }

    [Test]
    public async Task ShouldFindTheHoldersOfSeveralIdentifiersInRequestOrderAtMostTwoEach()
    {
        var first = ContractItems.New(1, "alice", Now, identifiers: Lot);
        var second = ContractItems.New(2, "bob", Now.AddMinutes(1), identifiers: Lot);
        var third = ContractItems.New(3, "carol", Now.AddMinutes(2), identifiers: Lot);
        var tagged = ContractItems.New(4, "alice", Now, identifiers: Sisbov);
        await StoreAsync(first, second, third, tagged);
        var unknown = Identifier.Contextual("bovino", "lote", "nobody-has-this");

        await using var request = BeginRequest();
        var holders = await request.Items.FindHoldersAsync([Sisbov, unknown, Lot], None);

        holders.Count.ShouldBe(3);
        holders[0].ShouldBe([tagged.Dfid]);
        holders[1].ShouldBeEmpty();
        holders[2].ShouldBe([first.Dfid, second.Dfid], "two holders are enough to call it a conflict");
    }

    [Test]
    public async Task ShouldCountTheItemsAUserCreatedSinceAnInstant()
    {
        await StoreAsync(
            ContractItems.New(1, "alice", Now.AddSeconds(-1)),
            ContractItems.New(2, "alice", Now),
            ContractItems.New(3, "alice", Now.AddDays(10)),
            ContractItems.NewLocal("alice", Now.AddDays(1), "alice-workspace"),
            ContractItems.New(5, "bob", Now.AddDays(1)));

        await using var request = BeginRequest();

        (await request.Items.CountCreatedSinceAsync("alice", Now, None)).ShouldBe(3);
        (await request.Items.CountCreatedSinceAsync("bob", Now, None)).ShouldBe(1);
        (await request.Items.CountCreatedSinceAsync("carol", Now, None)).ShouldBe(0);
    }

    private static async Task<IReadOnlyList<string>> HoldersOfAsync(RequestScope request, Identifier identifier) =>
        (await request.Items.FindHoldersAsync([identifier], None))[0];
}
