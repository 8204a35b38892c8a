using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class MergeSplitTests : ItemWorkflowTestBase
{
    [Test]
    public async Task ShouldMergeTheSecondaryIntoThePrimary()
    {
        var alice = await RegisterAsync();
        var primary = await CreateItemAsync(alice, new { breed = "nelore", weight = 400 }, ("ear_tag", "A-1"), ("lot", "L1"));
        var secondary = await CreateItemAsync(alice, new { weight = 420, color = "white" }, ("ear_tag", "B-2"), ("lot", "L9"));
        var primarySources = SourceEntries(await GetItemAsync(alice, primary));
        var secondarySources = SourceEntries(await GetItemAsync(alice, secondary));

        var merged = await (await PostAsync(alice, $"{ItemsPath}/{primary}/merge", secondary)).ShouldBeOkAsync();

        merged.GetProperty("dfid").GetString().ShouldBe(primary);
        merged.GetProperty("status").GetString().ShouldBe("Active");
        IdentifierValues(merged).ShouldBe(["A-1", "L1", "B-2", "L9"]);
        var data = merged.GetProperty("enriched_data");
        data.GetProperty("breed").GetString().ShouldBe("nelore");
        data.GetProperty("weight").GetInt32().ShouldBe(420);
        data.GetProperty("color").GetString().ShouldBe("white");
        SourceEntries(merged).ShouldBe([.. primarySources, .. secondarySources]);
        (await GetItemAsync(alice, secondary)).GetProperty("status").GetString().ShouldBe("Merged");
    }

    [Test]
    public async Task ShouldAverageTheConfidenceOfBothItems()
    {
        var alice = await RegisterAsync();
        var primary = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var secondary = await CreateItemAsync(alice, null, ("ear_tag", "B-2"));
        await SetConfidenceAsync(primary, 0.75);
        await SetConfidenceAsync(secondary, 0.25);

        await (await PostAsync(alice, $"{ItemsPath}/{primary}/merge", secondary)).ShouldBeOkAsync();

        (await ConfidenceOfAsync(primary)).ShouldBe(0.5);
        (await ConfidenceOfAsync(secondary)).ShouldBe(0.25);
    }

    [Test]
    public async Task ShouldKeepASourceEntryBothItemsCarryTwice()
    {
        var alice = await RegisterAsync();
        var primary = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var shared = SourceEntries(await GetItemAsync(alice, primary)).ShouldHaveSingleItem();
        var secondary = (await (await PostAsync(alice, ItemsPath, new
        {
            identifiers = new[] { new { key = "ear_tag", value = "B-2" } }, source_entry = shared,
        })).ShouldBeOkAsync()).GetProperty("dfid").GetString()!;

        var merged = await (await PostAsync(alice, $"{ItemsPath}/{primary}/merge", secondary)).ShouldBeOkAsync();

        // engines-api.md §3.6: the secondary's entries are appended, duplicates allowed (unlike a local merge).
        SourceEntries(merged).ShouldBe([shared, shared]);
        SourceEntries(await GetItemAsync(alice, primary)).ShouldBe([shared, shared]);
    }

    [Test]
    public async Task ShouldNotDuplicateIdentifiersBothItemsCarry()
    {
        var alice = await RegisterAsync();
        var primary = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var secondary = await CreateItemAsync(alice, null, ("ear_tag", "B-2"));
        // Give both the same extra identifier through enrichment.
        await (await PutAsync(alice, $"{ItemsPath}/{primary}", new { identifiers = new[] { new { key = "farm", value = "F1" } } })).ShouldBeOkAsync();
        await (await PutAsync(alice, $"{ItemsPath}/{secondary}", new { identifiers = new[] { new { key = "farm", value = "F1" } } })).ShouldBeOkAsync();

        var merged = await (await PostAsync(alice, $"{ItemsPath}/{primary}/merge", secondary)).ShouldBeOkAsync();

        IdentifierValues(merged).ShouldBe(["A-1", "F1", "B-2"]);
    }

    [Test]
    public async Task ShouldRefuseToMergeAnItemIntoItself()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{ItemsPath}/{dfid}/merge", dfid);

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "merge_into_self", $"Cannot merge item {dfid} into itself");
    }

    [Test]
    public async Task ShouldRefuseToMergeAnAlreadyMergedItem()
    {
        var alice = await RegisterAsync();
        var primary = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var secondary = await CreateItemAsync(alice, null, ("ear_tag", "B-2"));
        var third = await CreateItemAsync(alice, null, ("ear_tag", "C-3"));
        await (await PostAsync(alice, $"{ItemsPath}/{primary}/merge", secondary)).ShouldBeOkAsync();

        var again = await PostAsync(alice, $"{ItemsPath}/{third}/merge", secondary);
        var intoMerged = await PostAsync(alice, $"{ItemsPath}/{secondary}/merge", third);

        await again.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "item_merged", $"Item {secondary} was already merged into another item");
        await intoMerged.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "item_merged", $"Item {secondary} was merged into another item and can no longer change");
    }

    [Test]
    public async Task ShouldAnswerNotFoundWhenEitherItemIsUnknown()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var unknownPrimary = await PostAsync(alice, $"{ItemsPath}/DFID-20260101-000999-1234/merge", dfid);
        var unknownSecondary = await PostAsync(alice, $"{ItemsPath}/{dfid}/merge", "DFID-20260101-000999-1234");

        await unknownPrimary.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        await unknownSecondary.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForSomeoneElsesItemOnEitherSideOfAMerge()
    {
        var alice = await RegisterAsync();
        var mallory = await RegisterAsync();
        var alicesItem = await CreateItemAsync(alice, new { secret = "s" }, ("ear_tag", "A-1"));
        var mallorysItem = await CreateItemAsync(mallory, null, ("ear_tag", "M-1"));

        var stealing = await PostAsync(mallory, $"{ItemsPath}/{mallorysItem}/merge", alicesItem);
        var pushing = await PostAsync(mallory, $"{ItemsPath}/{alicesItem}/merge", mallorysItem);

        var body = await stealing.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        body.ToString().ShouldNotContain("secret");
        await pushing.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        (await GetItemAsync(alice, alicesItem)).GetProperty("status").GetString().ShouldBe("Active");
    }

    [Test]
    public async Task ShouldLetAnAdminMergeOtherUsersItems()
    {
        var alice = await RegisterAsync();
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        var primary = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var secondary = await CreateItemAsync(alice, null, ("ear_tag", "B-2"));

        var merged = await (await PostAsync(admin, $"{ItemsPath}/{primary}/merge", secondary)).ShouldBeOkAsync();

        IdentifierValues(merged).ShouldBe(["A-1", "B-2"]);
    }

    [Test]
    public async Task ShouldRejectAMergeBodyThatIsNotAString()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{ItemsPath}/{dfid}/merge", new { dfid });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task ShouldRejectAnEmptySecondaryDfid()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{ItemsPath}/{dfid}/merge", "");

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed", "The body must be the DFID of the item to merge");
    }

    [Test]
    public async Task ShouldSplitIdentifiersOffIntoANewItem()
    {
        var alice = await RegisterAsync();
        var original = await CreateItemAsync(alice, new { breed = "nelore" }, ("ear_tag", "A-1"), ("lot", "L1"), ("pen", "P7"));
        var firstSource = SourceEntries(await GetItemAsync(alice, original))[0];

        var body = await (await PostAsync(alice, $"{ItemsPath}/{original}/split", new
        {
            identifiers_for_new_item = new[] { new { key = "lot", value = "L1" }, new { key = "pen", value = "P7" } },
        })).ShouldBeOkAsync();

        var originalItem = body.GetProperty("original_item");
        var newItem = body.GetProperty("new_item");
        originalItem.GetProperty("dfid").GetString().ShouldBe(original);
        originalItem.GetProperty("status").GetString().ShouldBe("Split");
        IdentifierValues(originalItem).ShouldBe(["A-1"]);
        var newDfid = newItem.GetProperty("dfid").GetString()!;
        newDfid.ShouldStartWith("DFID-");
        newDfid.ShouldNotBe(original);
        newItem.GetProperty("status").GetString().ShouldBe("Active");
        IdentifierValues(newItem).ShouldBe(["L1", "P7"]);
        SourceEntries(newItem).ShouldBe([firstSource]);
        (await GetItemAsync(alice, newDfid)).GetProperty("dfid").GetString().ShouldBe(newDfid);
        IdentifierValues(await GetItemAsync(alice, original)).ShouldBe(["A-1"]);
    }

    [Test]
    public async Task ShouldGiveTheSplitOffItemToTheAdminWhoSplitIt()
    {
        var alice = await RegisterAsync();
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        var original = await CreateItemAsync(alice, null, ("ear_tag", "A-1"), ("lot", "L1"));

        var body = await (await PostAsync(admin, $"{ItemsPath}/{original}/split", new
        {
            identifiers_for_new_item = new[] { new { key = "lot", value = "L1" } },
        })).ShouldBeOkAsync();

        var newDfid = body.GetProperty("new_item").GetProperty("dfid").GetString();
        await (await GetAsync(alice, $"{ItemsPath}/{newDfid}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found");
    }

    [Test]
    public async Task ShouldRefuseToSplitOffAnIdentifierTheItemDoesNotCarry()
    {
        var alice = await RegisterAsync();
        var original = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{ItemsPath}/{original}/split", new
        {
            identifiers_for_new_item = new[] { new { key = "lot", value = "L404" } },
        });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "identifier_not_on_item", $"Identifier 'generic:lot:L404' is not on item {original}");
        (await GetItemAsync(alice, original)).GetProperty("status").GetString().ShouldBe("Active");
    }

    [Test]
    public async Task ShouldRefuseASplitWithoutIdentifiers()
    {
        var alice = await RegisterAsync();
        var original = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));

        var response = await PostAsync(alice, $"{ItemsPath}/{original}/split", new { identifiers_for_new_item = Array.Empty<object>() });

        await response.ShouldBeValidationErrorAsync(
            "identifiers_for_new_item", "identifiers_for_new_item must name at least one identifier");
    }

    [Test]
    public async Task ShouldAnswerNotFoundWhenSplittingAnUnknownOrSomeoneElsesItem()
    {
        var alice = await RegisterAsync();
        var mallory = await RegisterAsync();
        var alicesItem = await CreateItemAsync(alice, null, ("ear_tag", "A-1"), ("lot", "L1"));
        var split = new { identifiers_for_new_item = new[] { new { key = "lot", value = "L1" } } };

        var unknown = await PostAsync(alice, $"{ItemsPath}/DFID-20260101-000999-1234/split", split);
        var foreign = await PostAsync(mallory, $"{ItemsPath}/{alicesItem}/split", split);

        await unknown.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");
        (await foreign.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found"))
            .ToString().ShouldNotContain("L1");
        IdentifierValues(await GetItemAsync(alice, alicesItem)).ShouldBe(["A-1", "L1"]);
    }

    [Test]
    public async Task ShouldRefuseToSplitAnItemWithoutSourceEntries()
    {
        var alice = await RegisterAsync();
        var original = await CreateItemAsync(alice, null, ("ear_tag", "A-1"), ("lot", "L1"));
        // No route stores an item without a source entry, so the test removes them.
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM item_source_entries WHERE dfid = {original}"));

        var response = await PostAsync(alice, $"{ItemsPath}/{original}/split", new
        {
            identifiers_for_new_item = new[] { new { key = "lot", value = "L1" } },
        });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "item_without_source", $"Item {original} has no source entry to give the new item");
        var unchanged = await GetItemAsync(alice, original);
        unchanged.GetProperty("status").GetString().ShouldBe("Active");
        IdentifierValues(unchanged).ShouldBe(["A-1", "L1"]);
        (await (await GetAsync(alice, ItemsPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task ShouldCountMergedAndSplitItemsAndAverageEveryConfidenceInStats()
    {
        var alice = await RegisterAsync();
        var primary = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var secondary = await CreateItemAsync(alice, null, ("ear_tag", "B-2"));
        var original = await CreateItemAsync(alice, null, ("ear_tag", "C-3"), ("lot", "L1"));
        await SetConfidenceAsync(secondary, 0.5);
        await (await PostAsync(alice, $"{ItemsPath}/{primary}/merge", secondary)).ShouldBeOkAsync();
        await (await PostAsync(alice, $"{ItemsPath}/{original}/split", new
        {
            identifiers_for_new_item = new[] { new { key = "lot", value = "L1" } },
        })).ShouldBeOkAsync();
        var master = await CreateLocalItemAsync(alice, null);
        var mergedInto = await CreateLocalItemAsync(alice, null);
        await (await PostAsync(alice, "/api/items/local/merge", new { master_lid = master, merge_lids = new[] { mergedInto } }))
            .ShouldBeOkAsync();

        var stats = await (await GetAsync(alice, $"{ItemsPath}/stats")).ShouldBeOkAsync();

        // Primary 0.75 and active, secondary 0.5 and merged, original split, split-off item and local master active;
        // the local item merged into the master (MergedInto) counts in the total and the average only (ADR-006).
        ShouldBeJson(stats, """
            {"total_items":6,"active_items":3,"merged_items":1,"split_items":1,"archived_items":0,
             "average_confidence":0.875}
            """);
    }

    [Test]
    public async Task ShouldRefuseToSplitAMergedItem()
    {
        var alice = await RegisterAsync();
        var primary = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        var secondary = await CreateItemAsync(alice, null, ("ear_tag", "B-2"));
        await (await PostAsync(alice, $"{ItemsPath}/{primary}/merge", secondary)).ShouldBeOkAsync();

        var response = await PostAsync(alice, $"{ItemsPath}/{secondary}/split", new
        {
            identifiers_for_new_item = new[] { new { key = "ear_tag", value = "B-2" } },
        });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "item_merged");
    }
}
