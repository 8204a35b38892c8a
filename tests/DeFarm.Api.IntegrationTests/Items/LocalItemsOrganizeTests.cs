using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Items;
using Npgsql;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>Duplicate detection, organize and unmerge of local items.</summary>
public sealed class LocalItemsOrganizeTests : LocalItemsTestBase
{
    [Test]
    public async Task ShouldGroupUnmergedLocalItemsByTheirFirstCanonicalIdentifier()
    {
        var client = await SignInAsync();
        var oldest = await CreateLocalAsync(client, """{"weight":400,"breed":"Nelore"}""", Lot("L-1"), Sisbov("111111111111"));
        var second = await CreateLocalAsync(client, """{"weight":410,"breed":"Nelore"}""", Sisbov("111111111111"));
        var third = await CreateLocalAsync(client, """{"farm":"Boa Vista"}""", Sisbov("111111111111"), Sisbov("222222222222"));
        await CreateLocalAsync(client, "{}", Sisbov("222222222222"));
        await CreateLocalAsync(client, "{}", Lot("L-1"));

        var body = await (await client.GetAsync(DuplicatesPath)).ShouldSucceedAsync();

        var group = body.GetProperty("duplicate_groups").EnumerateArray().ShouldHaveSingleItem();
        group.GetProperty("identifier_key").GetString().ShouldBe("bovino:sisbov");
        group.GetProperty("identifier_value").GetString().ShouldBe("BR111111111111");
        group.GetProperty("suggested_master_lid").GetString().ShouldBe(oldest);
        group.GetProperty("conflicts").EnumerateArray().Select(c => c.GetString()).ShouldBe(["weight"]);
        var items = group.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("local_id").GetString()).ShouldBe([oldest, second, third]);
        items[0].GetProperty("dfid").GetString().ShouldBe($"LID-{oldest}");
        items[0].GetProperty("identifiers_count").GetInt32().ShouldBe(2);
        DateTimeOffset.TryParse(items[0].GetProperty("created").GetString(), out _).ShouldBeTrue();
        ShouldBeJson(items[2].GetProperty("enriched_data"), """{"farm":"Boa Vista"}""");
        ShouldBeJson(body.GetProperty("summary"), """{"total_items":5,"duplicate_groups":1,"items_in_duplicates":3}""");
    }

    [Test]
    public async Task ShouldLeaveMergedItemsAndOtherWorkspacesOutOfDuplicates()
    {
        var client = await SignInAsync();
        var stranger = await SignInAsync();
        var master = await CreateLocalAsync(client, "{}", Sisbov("111111111111"));
        var merged = await CreateLocalAsync(client, "{}", Sisbov("111111111111"));
        await CreateLocalAsync(stranger, "{}", Sisbov("111111111111"));
        await MergeAsync(client, master, merged);

        var body = await (await client.GetAsync(DuplicatesPath)).ShouldSucceedAsync();

        body.GetProperty("duplicate_groups").GetArrayLength().ShouldBe(0);
        ShouldBeJson(body.GetProperty("summary"), """{"total_items":1,"duplicate_groups":0,"items_in_duplicates":0}""");
    }

    [TestCase("deduplicate")]
    [TestCase("merge_all")]
    public async Task ShouldReportWhatWouldMergeAndStoreNothingOnADryRun(string action)
    {
        var client = await SignInAsync();
        var (master, duplicates) = await CreateDuplicatesAsync(client);

        var response = await client.PostAsJsonAsync(OrganizePath, new { action, dry_run = true });

        var body = await response.ShouldSucceedAsync();
        body.GetProperty("dry_run").GetBoolean().ShouldBeTrue();
        ShouldHaveOneOperation(body, master, duplicates, "would_merge");
        ShouldBeJson(body.GetProperty("summary"), """{"items_before":4,"items_after":2,"merged_count":2,"groups_processed":1}""");
        foreach (var lid in duplicates)
        {
            (await LoadItemAsync(lid)).Status.ShouldBe(ItemStatus.Active);
        }
    }

    [TestCase("deduplicate", null, """{"weight":420,"tags":["a","b","c"]}""")]
    [TestCase("merge_all", "keep_first", """{"weight":400,"tags":["a"]}""")]
    public async Task ShouldMergeEachDuplicateGroupIntoItsOldestItem(string action, string? strategy, string masterData)
    {
        var client = await SignInAsync();
        var (master, duplicates) = await CreateDuplicatesAsync(client);

        var response = await client.PostAsJsonAsync(OrganizePath, new { action, merge_strategy = strategy });

        var body = await response.ShouldSucceedAsync();
        body.GetProperty("dry_run").GetBoolean().ShouldBeFalse();
        ShouldHaveOneOperation(body, master, duplicates, "success");
        ShouldBeJson(body.GetProperty("summary"), """{"items_before":4,"items_after":2,"merged_count":2,"groups_processed":1}""");
        ShouldBeJson((await LoadItemAsync(master)).EnrichedData, masterData);
        foreach (var lid in duplicates)
        {
            (await LoadItemAsync(lid)).MergedIntoLocalId.ShouldBe(Guid.Parse(master));
        }

        var after = await (await client.GetAsync(DuplicatesPath)).ShouldSucceedAsync();
        after.GetProperty("duplicate_groups").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldAcceptAndIgnoreANamespaceFilter()
    {
        var client = await SignInAsync();
        var (master, duplicates) = await CreateDuplicatesAsync(client);

        // The duplicates are bovino items: the filter names another namespace, and they are merged all the same.
        var response = await client.PostAsJsonAsync(OrganizePath, new { action = "merge_all", @namespace = "suino" });

        ShouldHaveOneOperation(await response.ShouldSucceedAsync(), master, duplicates, "success");
        (await LoadItemAsync(duplicates[0])).MergedIntoLocalId.ShouldBe(Guid.Parse(master));
    }

    [TestCase(false, "success")]
    [TestCase(true, "would_merge")]
    public async Task ShouldReportAGroupHoldingAPushedItemAsAnErrorAndLeaveIt(bool dryRun, string otherGroupStatus)
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client, "{}", Sisbov("111111111111"));
        var duplicate = await CreateLocalAsync(client, "{}", Sisbov("111111111111"));
        var pushedGroupMaster = await CreateLocalAsync(client, """{"weight":400}""", Sisbov("222222222222"));
        var pushed = await CreateLocalAsync(client, """{"weight":410}""", Sisbov("222222222222"));
        await MapToDfidAsync(pushed, Dfid.Create(new DateOnly(2025, 12, 5), 1));

        var response = await client.PostAsJsonAsync(OrganizePath, new { action = "deduplicate", dry_run = dryRun });

        var body = await response.ShouldSucceedAsync();
        var operations = body.GetProperty("operations").EnumerateArray().ToList();
        operations.Select(o => o.GetProperty("status").GetString()).ShouldBe([otherGroupStatus, "error"]);
        operations[0].GetProperty("master_lid").GetString().ShouldBe(master);
        ShouldBeJson(operations[1], $$"""
            {"master_lid":"{{pushedGroupMaster}}","merged_lids":["{{pushed}}"],"status":"error",
             "reason":"Cannot merge: {{pushed}} has already been pushed to a circuit"}
            """);
        ShouldBeJson(body.GetProperty("summary"), """{"items_before":4,"items_after":3,"merged_count":1,"groups_processed":2}""");
        (await LoadItemAsync(pushed)).Status.ShouldBe(ItemStatus.Active);
        (await LoadItemAsync(pushedGroupMaster)).EnrichedData["weight"]!.GetValue<int>().ShouldBe(400);
        (await LoadItemAsync(duplicate)).Status.ShouldBe(dryRun ? ItemStatus.Active : ItemStatus.MergedInto);
    }

    [Test]
    public async Task ShouldStoreNoGroupWhenTheOrganizeTransactionFails()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client, """{"weight":400}""", Sisbov("111111111111"));
        var duplicate = await CreateLocalAsync(client, """{"farm":"Boa Vista"}""", Sisbov("111111111111"));
        await CreateLocalAsync(client, "{}", Sisbov("222222222222"));
        var changedMeanwhile = await CreateLocalAsync(client, "{}", Sisbov("222222222222"));
        // Another writer changes an item of the second group and holds it until organize has read it and waits to
        // write it; organize then finds it changed and fails as a whole (ADR-008: one transaction for all groups).
        await using var writer = await HeldTransaction.BeginAsync(
            "UPDATE items SET last_modified = now() WHERE dfid = @dfid",
            new NpgsqlParameter("dfid", $"{Item.LocalPrefix}{changedMeanwhile}"));
        var organizing = client.PostAsJsonAsync(OrganizePath, new { action = "merge_all" });
        await HeldTransaction.WaitForLockWaitersAsync(1);

        await writer.CommitAsync();

        await (await organizing).ShouldBeErrorAsync(HttpStatusCode.Conflict, "concurrent_update");
        (await LoadItemAsync(duplicate)).Status.ShouldBe(ItemStatus.Active);
        ShouldBeJson((await LoadItemAsync(master)).EnrichedData, """{"weight":400}""");
        (await LoadItemAsync(master)).SourceEntries.Count.ShouldBe(1);
        (await LoadItemAsync(changedMeanwhile)).Status.ShouldBe(ItemStatus.Active);
    }

    [Test]
    public async Task ShouldRejectAnUnknownOrganizeAction()
    {
        var client = await SignInAsync();

        var response = await client.PostAsJsonAsync(OrganizePath, new { action = "tidy" });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed", "Invalid action 'tidy'; allowed: deduplicate, merge_all");
    }

    [Test]
    public async Task ShouldRejectAnUnknownMergeStrategyWhenOrganizing()
    {
        var client = await SignInAsync();

        var response = await client.PostAsJsonAsync(OrganizePath, new { action = "merge_all", merge_strategy = "smash" });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed",
            "Invalid merge_strategy 'smash'; allowed: append, keep_first, overwrite");
    }

    [Test]
    public async Task ShouldNotOrganizeAnotherWorkspacesItems()
    {
        var owner = await SignInAsync();
        var stranger = await SignInAsync();
        var (_, duplicates) = await CreateDuplicatesAsync(owner);

        var response = await stranger.PostAsJsonAsync(OrganizePath, new { action = "merge_all" });

        (await response.ShouldSucceedAsync()).GetProperty("operations").GetArrayLength().ShouldBe(0);
        (await LoadItemAsync(duplicates[0])).Status.ShouldBe(ItemStatus.Active);
    }

    [Test]
    public async Task ShouldUnmergeAnItemWithoutRollingBackTheMaster()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client, """{"weight":400}""");
        var merged = await CreateLocalAsync(client, """{"farm":"Boa Vista"}""");
        await MergeAsync(client, master, merged);

        var response = await client.PostAsJsonAsync(UnmergePath, new { merged_lid = merged });

        var body = await response.ShouldSucceedAsync();
        body.GetProperty("restored_lid").GetString().ShouldBe(merged);
        body.GetProperty("previous_master_lid").GetString().ShouldBe(master);
        var restored = body.GetProperty("restored_item");
        restored.GetProperty("dfid").GetString().ShouldBe($"LID-{merged}");
        restored.GetProperty("local_id").GetString().ShouldBe(merged);
        DateTimeOffset.TryParse(restored.GetProperty("last_modified").GetString(), out _).ShouldBeTrue();
        ShouldBeJson(restored.GetProperty("enriched_data"), """{"farm":"Boa Vista"}""");
        (await LoadItemAsync(merged)).Status.ShouldBe(ItemStatus.Active);
        (await LoadItemAsync(master)).EnrichedData.ContainsKey("farm").ShouldBeTrue();
    }

    [Test]
    public async Task ShouldRefuseToUnmergeAnItemThatIsNotMerged()
    {
        var client = await SignInAsync();
        var item = await CreateLocalAsync(client);

        var response = await client.PostAsJsonAsync(UnmergePath, new { merged_lid = item });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "not_merged", $"Cannot unmerge: {item} is not merged into another item");
    }

    [Test]
    public async Task ShouldRefuseToUnmergeAnItemAlreadyPushedToACircuit()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);
        var merged = await CreateLocalAsync(client);
        await MergeAsync(client, master, merged);
        await MapToDfidAsync(merged, Dfid.Create(new DateOnly(2025, 12, 5), 1));

        var response = await client.PostAsJsonAsync(UnmergePath, new { merged_lid = merged });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "already_tokenized", $"Cannot merge: {merged} has already been pushed to a circuit");
        (await LoadItemAsync(merged)).Status.ShouldBe(ItemStatus.MergedInto);
    }

    [Test]
    public async Task ShouldAnswerNotFoundWhenUnmergingAnUnknownLid()
    {
        var client = await SignInAsync();

        var response = await client.PostAsJsonAsync(UnmergePath, new { merged_lid = Guid.NewGuid() });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
    }

    [Test]
    public async Task ShouldRejectAMalformedMergedLid()
    {
        var client = await SignInAsync();

        var response = await client.PostAsJsonAsync(UnmergePath, new { merged_lid = "nope" });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "Invalid merged_lid format");
    }

    [Test]
    public async Task ShouldAnswerNotFoundWhenUnmergingAnotherWorkspacesItem()
    {
        var owner = await SignInAsync();
        var stranger = await SignInAsync();
        var master = await CreateLocalAsync(owner);
        var merged = await CreateLocalAsync(owner);
        await MergeAsync(owner, master, merged);

        var response = await stranger.PostAsJsonAsync(UnmergePath, new { merged_lid = merged });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
        (await LoadItemAsync(merged)).Status.ShouldBe(ItemStatus.MergedInto);
    }

    /// <summary>Three items sharing a SISBOV number (oldest first) and one unrelated item.</summary>
    private static async Task<(string Master, string[] Duplicates)> CreateDuplicatesAsync(HttpClient client)
    {
        var master = await CreateLocalAsync(client, """{"weight":400,"tags":["a"]}""", Sisbov("111111111111"));
        var second = await CreateLocalAsync(client, """{"weight":410,"tags":["b"]}""", Sisbov("111111111111"));
        var third = await CreateLocalAsync(client, """{"weight":420,"tags":["a","c"]}""", Sisbov("111111111111"));
        await CreateLocalAsync(client, "{}", Sisbov("222222222222"));
        return (master, [second, third]);
    }

    private static async Task MergeAsync(HttpClient client, string master, string merged) =>
        await (await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { merged } }))
            .ShouldSucceedAsync();

    private static void ShouldHaveOneOperation(JsonElement body, string master, string[] merged, string status)
    {
        var operation = body.GetProperty("operations").EnumerateArray().ShouldHaveSingleItem();
        operation.GetProperty("master_lid").GetString().ShouldBe(master);
        operation.GetProperty("merged_lids").EnumerateArray().Select(l => l.GetString()).ShouldBe(merged);
        operation.GetProperty("status").GetString().ShouldBe(status);
    }
}
