using System.Text.Json.Nodes;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Domain.UnitTests.Items;

public sealed class ItemMergeSplitTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);
    private static long _sequence;

    [Test]
    public void ShouldMergeIdentifiersDataSourcesAndConfidence()
    {
        var primary = NewItem(new JsonObject { ["a"] = 1, ["b"] = 1 }, Tag("P"), Tag("Both"));
        var secondary = NewItem(new JsonObject { ["b"] = 2, ["c"] = 2 }, Tag("S"), Tag("Both"));

        primary.MergeFrom(secondary, Now.AddMinutes(1));

        primary.Identifiers.Select(i => i.Value).ShouldBe(["P", "Both", "S"]);
        primary.EnrichedData.ToJsonString().ShouldBe("""{"a":1,"b":2,"c":2}""");
        primary.SourceEntries.Count.ShouldBe(2);
        primary.SourceEntries[1].EntryId.ShouldBe(secondary.SourceEntries[0].EntryId);
        primary.ConfidenceScore.ShouldBe(1.0);
        primary.LastModified.ShouldBe(Now.AddMinutes(1));
        secondary.Status.ShouldBe(ItemStatus.Merged);
        secondary.LastModified.ShouldBe(Now.AddMinutes(1));
    }

    [Test]
    public void ShouldRefuseToMergeAnItemIntoItself()
    {
        var item = NewItem(null, Tag("P"));

        Should.Throw<BusinessRuleException>(() => item.MergeFrom(item, Now)).Code.ShouldBe("merge_into_self");
    }

    [Test]
    public void ShouldRefuseToMergeFromOrIntoAMergedItem()
    {
        var primary = NewItem(null, Tag("P"));
        var secondary = NewItem(null, Tag("S"));
        var third = NewItem(null, Tag("T"));
        primary.MergeFrom(secondary, Now);

        Should.Throw<BusinessRuleException>(() => third.MergeFrom(secondary, Now)).Code.ShouldBe("item_merged");
        Should.Throw<BusinessRuleException>(() => secondary.MergeFrom(third, Now)).Code.ShouldBe("item_merged");
        third.Status.ShouldBe(ItemStatus.Active);
    }

    [Test]
    public void ShouldSplitIdentifiersOffIntoANewItem()
    {
        var original = NewItem(new JsonObject { ["a"] = 1 }, Tag("Keep"), Tag("Move"));
        var newDfid = Dfid.Create(new DateOnly(2026, 3, 14), 777);

        var split = original.SplitOff(newDfid, [Tag("Move")], "bob", "bob-workspace", Now.AddMinutes(1));

        split.Dfid.ShouldBe(newDfid.Value);
        split.Identifiers.ShouldBe([Tag("Move")]);
        split.SourceEntries.ShouldHaveSingleItem().EntryId.ShouldBe(original.SourceEntries[0].EntryId);
        split.CreatedBy.ShouldBe("bob");
        split.WorkspaceId.ShouldBe("bob-workspace");
        split.Status.ShouldBe(ItemStatus.Active);
        split.EnrichedData.Count.ShouldBe(0);
        original.Identifiers.ShouldBe([Tag("Keep")]);
        original.Status.ShouldBe(ItemStatus.Split);
    }

    [Test]
    public void ShouldRefuseToSplitOffAnIdentifierTheItemDoesNotCarry()
    {
        var original = NewItem(null, Tag("Keep"));

        Should.Throw<BusinessRuleException>(() => original.SplitOff(
                Dfid.Create(new DateOnly(2026, 3, 14), 778), [Tag("Other")], "bob", null, Now))
            .Code.ShouldBe("identifier_not_on_item");
        original.Status.ShouldBe(ItemStatus.Active);
        original.Identifiers.ShouldBe([Tag("Keep")]);
    }

    [Test]
    public void ShouldRefuseToSplitWithoutIdentifiers()
    {
        var original = NewItem(null, Tag("Keep"));

        Should.Throw<BusinessRuleException>(() => original.SplitOff(
                Dfid.Create(new DateOnly(2026, 3, 14), 779), [], "bob", null, Now))
            .Code.ShouldBe("split_without_identifiers");
    }

    [Test]
    public void ShouldCreateAShareWithAnIdOfTheDocumentedShapeAndDefaultPermissions()
    {
        var share = ItemShare.Create("DFID-x", "alice", "bob", null, Now);

        share.ShareId.ShouldMatch("^SHARE-20260314092653-[0-9A-F]{8}$");
        share.Permissions.ShouldBe(["read"]);
        share.SharedAt.ShouldBe(Now);
    }

    [Test]
    public void ShouldRefuseToShareWithYourself()
    {
        Should.Throw<BusinessRuleException>(() => ItemShare.Create("DFID-x", "alice", "alice", null, Now))
            .Code.ShouldBe("share_with_self");
    }

    [Test]
    public void ShouldRefuseToShareALocalItem()
    {
        Should.Throw<BusinessRuleException>(() => ItemShare.Create($"{Item.LocalPrefix}{Guid.NewGuid()}", "alice", "bob", null, Now))
            .Code.ShouldBe("local_item_not_shareable");
    }

    [Test]
    public void ShouldResolveAPendingItemOnlyOnce()
    {
        var pending = new PendingItem([], null, Guid.NewGuid(), PendingReason.NoIdentifiers, "none", "alice", null, Now);

        pending.Approve("DFID-x", Now.AddMinutes(1));

        pending.Status.ShouldBe(PendingItemStatus.Approved);
        pending.ResolvedDfid.ShouldBe("DFID-x");
        pending.IsResolved.ShouldBeTrue();
        Should.Throw<BusinessRuleException>(() => pending.Reject(Now)).Code.ShouldBe("pending_item_resolved");
    }

    private static Identifier Tag(string value) => Identifier.Contextual("generic", "tag", value);

    private static Item NewItem(JsonObject? data, params Identifier[] identifiers) => Item.CreateWithDfid(
        Dfid.Create(new DateOnly(2026, 3, 14), Interlocked.Increment(ref _sequence)), identifiers, data, Guid.NewGuid(),
        "alice", "alice-workspace", Now);
}
