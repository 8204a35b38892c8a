using System.Text.Json.Nodes;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Domain.UnitTests.Items;

/// <summary>Archiving an item and replacing its attributes (the web front end's status and metadata edits).</summary>
public sealed class ItemLifecycleTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Test]
    public void ShouldArchiveAnActiveOrDeprecatedItem()
    {
        var item = NewItem(new JsonObject());
        item.Deprecate(Now);

        item.Archive(Now.AddMinutes(1));
        item.Archive(Now.AddMinutes(2));

        item.Status.ShouldBe(ItemStatus.Archived);
        item.LastModified.ShouldBe(Now.AddMinutes(2));
    }

    [Test]
    public void ShouldKeepAMergedItemsStatus()
    {
        var primary = NewItem(new JsonObject());
        var secondary = NewItem(new JsonObject());
        primary.MergeFrom(secondary, Now);

        Should.Throw<BusinessRuleException>(() => secondary.Archive(Now)).Code.ShouldBe("item_merged");
        secondary.Status.ShouldBe(ItemStatus.Merged);
    }

    [Test]
    public void ShouldReplaceEveryAttributeAndRecordTheSource()
    {
        var item = NewItem(new JsonObject { ["a"] = 1, ["b"] = 2 });
        var source = Guid.NewGuid();

        item.ReplaceEnrichedData(new JsonObject { ["b"] = 3, ["c"] = "x" }, source, Now.AddMinutes(1));

        item.EnrichedData.ToJsonString().ShouldBe("""{"b":3,"c":"x"}""");
        item.SourceEntries[^1].EntryId.ShouldBe(source);
        item.LastModified.ShouldBe(Now.AddMinutes(1));
    }

    [Test]
    public void ShouldRefuseToReplaceAttributesWithNullsOrOfAMergedItem()
    {
        var item = NewItem(new JsonObject { ["a"] = 1 });
        var merged = NewItem(new JsonObject());
        item.MergeFrom(merged, Now);

        Should.Throw<BusinessRuleException>(() => item.ReplaceEnrichedData(new JsonObject { ["a"] = null }, Guid.NewGuid(), Now))
            .Code.ShouldBe("invalid_enriched_data");
        Should.Throw<BusinessRuleException>(() => merged.ReplaceEnrichedData(new JsonObject(), Guid.NewGuid(), Now))
            .Code.ShouldBe("item_merged");
        item.EnrichedData.ToJsonString().ShouldBe("""{"a":1}""");
    }

    private static long _sequence;

    private static Item NewItem(JsonObject data) => Item.CreateWithDfid(
        Dfid.Create(DateOnly.FromDateTime(Now.UtcDateTime), Interlocked.Increment(ref _sequence)), [], data, Guid.NewGuid(),
        "alice", null, Now);
}
