using System.Text.Json.Nodes;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Domain.UnitTests.Items;

public sealed class LocalItemMergeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Test]
    public void ShouldCreateALocalItemWithAnLidDfid()
    {
        var lid = Guid.NewGuid();

        var item = Item.CreateLocal(lid, [], Data("""{"breed":"Nelore"}"""), Guid.NewGuid(), "alice", "ws-1", Now);

        item.Dfid.ShouldBe($"LID-{lid}");
        item.LocalId.ShouldBe(lid);
        item.LegacyMode.ShouldBeFalse();
        item.IsLocal.ShouldBeTrue();
        item.Status.ShouldBe(ItemStatus.Active);
        item.SourceEntries.Count.ShouldBe(1);
    }

    [Test]
    public void ShouldRejectAnInvalidIdentifierOnALocalItem()
    {
        var invalid = Identifier.Canonical("bovino", "sisbov", "BR1");

        Should.Throw<BusinessRuleException>(() => Local(identifiers: [invalid]))
            .Message.ShouldContain("bovino:sisbov:BR1");
    }

    [Test]
    public void ShouldAppendMissingArrayValuesMergeObjectsAndReplaceScalars()
    {
        var master = Local("""{"tags":["a","b"],"vet":{"name":"Ana","crmv":1},"weight":400,"breed":"Nelore"}""");
        var other = Local("""{"tags":["b","c"],"vet":{"crmv":2,"phone":"9"},"weight":[410],"farm":"Boa Vista"}""");

        master.MergeLocal([other], MergeStrategy.Append, Now);

        master.EnrichedData.ShouldBeJson(
            """{"tags":["a","b","c"],"vet":{"name":"Ana","crmv":2,"phone":"9"},"weight":[410],"breed":"Nelore","farm":"Boa Vista"}""");
    }

    [Test]
    public void ShouldKeepTheMasterDataWithKeepFirst()
    {
        var master = Local("""{"weight":400}""");
        var other = Local("""{"weight":410,"farm":"Boa Vista"}""");

        master.MergeLocal([other], MergeStrategy.KeepFirst, Now);

        master.EnrichedData.ShouldBeJson("""{"weight":400}""");
    }

    [Test]
    public void ShouldLetLaterItemsWinWithOverwrite()
    {
        var master = Local("""{"weight":400,"tags":["a"]}""");
        var first = Local("""{"weight":410,"tags":["b"]}""");
        var second = Local("""{"weight":420}""");

        master.MergeLocal([first, second], MergeStrategy.Overwrite, Now);

        master.EnrichedData.ShouldBeJson("""{"weight":420,"tags":["b"]}""");
    }

    [Test]
    public void ShouldMarkMergedItemsAndGainTheirDistinctSourceEntries()
    {
        var master = Local();
        var other = Local();

        master.MergeLocal([other], MergeStrategy.Append, Now.AddMinutes(1));

        other.Status.ShouldBe(ItemStatus.MergedInto);
        other.MergedIntoLocalId.ShouldBe(master.LocalId);
        master.SourceEntries.Select(s => s.EntryId).ShouldBe(
            [master.SourceEntries[0].EntryId, other.SourceEntries[0].EntryId]);
        master.LastModified.ShouldBe(Now.AddMinutes(1));
        master.Identifiers.ShouldBeEmpty();
    }

    [Test]
    public void ShouldRefuseToMergeAnItemAlreadyMergedAndChangeNothing()
    {
        var master = Local("""{"weight":400}""");
        var fresh = Local("""{"weight":500}""");
        var merged = Local();
        Local().MergeLocal([merged], MergeStrategy.Append, Now);

        Should.Throw<BusinessRuleException>(() => master.MergeLocal([fresh, merged], MergeStrategy.Overwrite, Now))
            .Message.ShouldStartWith($"Cannot merge: {merged.LocalId} is already merged");

        master.EnrichedData.ShouldBeJson("""{"weight":400}""");
        fresh.Status.ShouldBe(ItemStatus.Active);
    }

    [Test]
    public void ShouldRefuseToMergeAnItemIntoItself()
    {
        var master = Local();

        Should.Throw<BusinessRuleException>(() => master.MergeLocal([master], MergeStrategy.Append, Now));
    }

    [Test]
    public void ShouldUnmergeWithoutRollingBackTheMaster()
    {
        var master = Local("""{"weight":400}""");
        var other = Local("""{"farm":"Boa Vista"}""");
        master.MergeLocal([other], MergeStrategy.Append, Now);

        other.UnmergeLocal(Now);

        other.Status.ShouldBe(ItemStatus.Active);
        other.MergedIntoLocalId.ShouldBeNull();
        master.EnrichedData.ShouldBeJson("""{"weight":400,"farm":"Boa Vista"}""");
    }

    [Test]
    public void ShouldRefuseToUnmergeAnItemThatIsNotMerged()
    {
        var item = Local();

        Should.Throw<BusinessRuleException>(() => item.UnmergeLocal(Now))
            .Message.ShouldBe($"Cannot unmerge: {item.LocalId} is not merged into another item");
    }

    [TestCase(null, MergeStrategy.Append)]
    [TestCase("append", MergeStrategy.Append)]
    [TestCase("keep_first", MergeStrategy.KeepFirst)]
    [TestCase("overwrite", MergeStrategy.Overwrite)]
    public void ShouldParseTheApiSpellingsOfMergeStrategies(string? name, MergeStrategy expected)
    {
        MergeStrategies.TryParse(name, out var strategy).ShouldBeTrue();
        strategy.ShouldBe(expected);
    }

    [TestCase("")]
    [TestCase("merge")]
    [TestCase("KeepFirst")]
    public void ShouldRejectUnknownMergeStrategies(string name)
    {
        MergeStrategies.TryParse(name, out _).ShouldBeFalse();
    }

    private static Item Local(string data = "{}", IEnumerable<Identifier>? identifiers = null) =>
        Item.CreateLocal(Guid.NewGuid(), identifiers ?? [], Data(data), Guid.NewGuid(), "alice", "ws-1", Now);

    private static JsonObject Data(string json) => JsonNode.Parse(json)!.AsObject();
}

internal static class JsonShouldExtensions
{
    public static void ShouldBeJson(this JsonObject actual, string expected) =>
        JsonNode.DeepEquals(actual, JsonNode.Parse(expected)).ShouldBeTrue($"actual: {actual.ToJsonString()}");
}
