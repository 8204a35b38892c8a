using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Items;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class LocalItemsMergeTests : LocalItemsTestBase
{
    private const string MasterData = """{"tags":["a","b"],"vet":{"name":"Ana","crmv":1},"weight":400}""";
    private const string OtherData = """{"tags":["b","c"],"vet":{"crmv":2},"weight":410,"farm":"Boa Vista"}""";

    [TestCase(null, """{"tags":["a","b","c"],"vet":{"name":"Ana","crmv":2},"weight":410,"farm":"Boa Vista"}""")]
    [TestCase("append", """{"tags":["a","b","c"],"vet":{"name":"Ana","crmv":2},"weight":410,"farm":"Boa Vista"}""")]
    [TestCase("keep_first", MasterData)]
    [TestCase("overwrite", """{"tags":["b","c"],"vet":{"crmv":2},"weight":410,"farm":"Boa Vista"}""")]
    public async Task ShouldMergeLocalItemsByStrategy(string? strategy, string expectedData)
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client, MasterData);
        var other = await CreateLocalAsync(client, OtherData);

        var response = await client.PostAsJsonAsync(
            MergePath, new { master_lid = master, merge_lids = new[] { other }, merge_strategy = strategy });

        var data = (await response.ShouldSucceedAsync()).GetProperty("data");
        data.GetProperty("master_lid").GetString().ShouldBe(master);
        data.GetProperty("merged_count").GetInt32().ShouldBe(1);
        data.GetProperty("merged_lids").EnumerateArray().Select(l => l.GetString()).ShouldBe([other]);
        var masterItem = data.GetProperty("master_item");
        masterItem.GetProperty("dfid").GetString().ShouldBe($"LID-{master}");
        masterItem.GetProperty("local_id").GetString().ShouldBe(master);
        DateTimeOffset.TryParse(masterItem.GetProperty("last_modified").GetString(), out _).ShouldBeTrue();
        ShouldBeJson(masterItem.GetProperty("enriched_data"), expectedData);
    }

    [Test]
    public async Task ShouldMarkMergedItemsAndGiveTheMasterTheirSourceEntries()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);
        var first = await CreateLocalAsync(client);
        var second = await CreateLocalAsync(client);

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { first, second } });

        (await response.ShouldSucceedAsync()).GetProperty("data").GetProperty("merged_count").GetInt32().ShouldBe(2);
        (await LoadItemAsync(master)).SourceEntries.Count.ShouldBe(3);
        foreach (var merged in new[] { first, second })
        {
            var item = await LoadItemAsync(merged);
            item.Status.ShouldBe(ItemStatus.MergedInto);
            item.MergedIntoLocalId.ShouldBe(Guid.Parse(master));
        }
    }

    [Test]
    public async Task ShouldNotMergeIdentifiers()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client, "{}", Sisbov("111111111111"));
        var other = await CreateLocalAsync(client, "{}", Sisbov("222222222222"), Lot("L-1"));

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { other } });

        await response.ShouldSucceedAsync();
        (await LoadItemAsync(master)).Identifiers.Select(i => i.UniqueKey).ShouldBe(["bovino:sisbov:BR111111111111"]);
        (await LoadItemAsync(other)).Identifiers.Select(i => i.UniqueKey)
            .ShouldBe(["bovino:sisbov:BR222222222222", "bovino:lote:L-1"]);
    }

    [Test]
    public async Task ShouldRejectAMalformedMasterLid()
    {
        var client = await SignInAsync();
        var other = await CreateLocalAsync(client);

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = "not-a-uuid", merge_lids = new[] { other } });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "Invalid master_lid format");
    }

    [Test]
    public async Task ShouldRejectAMalformedMergeLid()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { "nope" } });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed", "Invalid local_id format in merge_lids: 'nope'");
    }

    [Test]
    public async Task ShouldRejectAnEmptyMergeList()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = Array.Empty<string>() });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "merge_lids must not be empty");
    }

    [Test]
    public async Task ShouldRejectMergingTheMasterIntoItself()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { master } });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "Cannot merge an item into itself");
    }

    [Test]
    public async Task ShouldRejectAMergeListNamingAnItemTwice()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);
        var other = await CreateLocalAsync(client);

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { other, other } });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "merge_lids lists the same item twice");
    }

    [Test]
    public async Task ShouldRejectAnUnknownMergeStrategy()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);
        var other = await CreateLocalAsync(client);

        var response = await client.PostAsJsonAsync(
            MergePath, new { master_lid = master, merge_lids = new[] { other }, merge_strategy = "smash" });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed",
            "Invalid merge_strategy 'smash'; allowed: append, keep_first, overwrite");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownLidAndMergeNothing()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client, """{"weight":400}""");
        var other = await CreateLocalAsync(client, """{"weight":410}""");

        var response = await client.PostAsJsonAsync(
            MergePath, new { master_lid = master, merge_lids = new[] { other, Guid.NewGuid().ToString() } });

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
        (await LoadItemAsync(other)).Status.ShouldBe(ItemStatus.Active);
        (await LoadItemAsync(master)).EnrichedData["weight"]!.GetValue<int>().ShouldBe(400);
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnotherWorkspacesLid()
    {
        var owner = await SignInAsync();
        var stranger = await SignInAsync();
        var theirs = await CreateLocalAsync(owner);
        var mine = await CreateLocalAsync(stranger);

        var asMaster = await stranger.PostAsJsonAsync(MergePath, new { master_lid = theirs, merge_lids = new[] { mine } });
        var asMerged = await stranger.PostAsJsonAsync(MergePath, new { master_lid = mine, merge_lids = new[] { theirs } });

        await asMaster.ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
        await asMerged.ShouldBeErrorAsync(HttpStatusCode.NotFound, "local_item_not_found", "Local item not found");
        (await LoadItemAsync(theirs)).Status.ShouldBe(ItemStatus.Active);
    }

    [Test]
    public async Task ShouldRefuseToMergeAnItemAlreadyMerged()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);
        var merged = await CreateLocalAsync(client);
        var another = await CreateLocalAsync(client);
        (await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { merged } })).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = another, merge_lids = new[] { merged } });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "already_merged", $"Cannot merge: {merged} is already merged into {master}");
    }

    [Test]
    public async Task ShouldRefuseAMasterThatIsItselfMergedIntoAnother()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);
        var mergedMaster = await CreateLocalAsync(client);
        var other = await CreateLocalAsync(client);
        (await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { mergedMaster } })).EnsureSuccessStatusCode();

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = mergedMaster, merge_lids = new[] { other } });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "already_merged", $"Cannot merge: {mergedMaster} is already merged into {master}");
        (await LoadItemAsync(other)).Status.ShouldBe(ItemStatus.Active);
    }

    [Test]
    public async Task ShouldRefuseAMergeIntoAMasterAlreadyPushedToACircuit()
    {
        var client = await SignInAsync();
        var pushed = await CreateLocalAsync(client, """{"weight":400}""");
        var other = await CreateLocalAsync(client, """{"weight":410}""");
        await MapToDfidAsync(pushed, Dfid.Create(new DateOnly(2025, 12, 5), 1));

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = pushed, merge_lids = new[] { other } });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "already_tokenized", $"Cannot merge: {pushed} has already been pushed to a circuit");
        (await LoadItemAsync(other)).Status.ShouldBe(ItemStatus.Active);
        (await LoadItemAsync(pushed)).EnrichedData["weight"]!.GetValue<int>().ShouldBe(400);
    }

    [Test]
    public async Task ShouldRefuseToMergeAnItemAlreadyPushedToACircuit()
    {
        var client = await SignInAsync();
        var master = await CreateLocalAsync(client);
        var pushed = await CreateLocalAsync(client);
        await MapToDfidAsync(pushed, Dfid.Create(new DateOnly(2025, 12, 5), 1));

        var response = await client.PostAsJsonAsync(MergePath, new { master_lid = master, merge_lids = new[] { pushed } });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "already_tokenized", $"Cannot merge: {pushed} has already been pushed to a circuit");
    }
}
