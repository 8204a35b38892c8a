using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Items;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class CreateItemTests : ItemsTestBase
{
    private const string ValidSisbov = "BR123456789012";

    [Test]
    public async Task ShouldMintAValidDfidAndAnswerTheEnginesItemShape()
    {
        var (_, client) = await SignedInUserAsync();
        var sourceEntry = Guid.NewGuid().ToString();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var item = await CreateItemAsync(
            client, [Canonical("sisbov", ValidSisbov), Contextual("lote", "L-7")], new { breed = "Nelore" }, sourceEntry);

        var dfid = item.GetProperty("dfid").GetString()!;
        Dfid.IsValid(dfid).ShouldBeTrue(dfid);
        dfid.ShouldStartWith($"DFID-{DateTime.UtcNow:yyyyMMdd}-");
        var identifiers = item.GetProperty("identifiers");
        identifiers.GetArrayLength().ShouldBe(2);
        identifiers[0].GetProperty("namespace").GetString().ShouldBe("bovino");
        identifiers[0].GetProperty("key").GetString().ShouldBe("sisbov");
        identifiers[0].GetProperty("value").GetString().ShouldBe(ValidSisbov);
        identifiers[0].GetProperty("id_type").GetString().ShouldBe("Canonical");
        identifiers[0].GetProperty("verified").GetBoolean().ShouldBeFalse();
        identifiers[1].GetProperty("id_type").GetString().ShouldBe("Contextual");
        identifiers[1].GetProperty("scope").GetString().ShouldBe("user");
        item.GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("Nelore");
        item.GetProperty("creation_timestamp").GetInt64().ShouldBeInRange(before, before + 60);
        item.GetProperty("last_modified").GetInt64().ShouldBeInRange(before, before + 60);
        item.GetProperty("source_entries").EnumerateArray().Select(e => e.GetString()).ShouldBe([sourceEntry]);
        item.GetProperty("status").GetString().ShouldBe("Active");
    }

    [Test]
    public async Task ShouldMintADifferentDfidForEachNewItem()
    {
        var (_, client) = await SignedInUserAsync();

        var first = await CreateDfidAsync(client);
        var second = await CreateDfidAsync(client);

        second.ShouldNotBe(first);
        Dfid.TryParse(second, out var parsed).ShouldBeTrue();
        Dfid.TryParse(first, out var parsedFirst).ShouldBeTrue();
        parsed.Sequence.ShouldBeGreaterThan(parsedFirst.Sequence);
    }

    [Test]
    public async Task ShouldKeepAnItemWithoutIdentifiersAsPendingAndAnswer400()
    {
        var (user, client) = await SignedInUserAsync();

        var response = await PostItemAsync(client, CreateBody([], new { weight = 420 }));

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "item_pending_review");
        body.GetProperty("error").GetString().ShouldStartWith("Failed to create item: Validation error: Item stored as pending: NoIdentifiers");
        var pending = (await PendingItemsAsync()).ShouldHaveSingleItem();
        pending.Reason.ShouldBe(PendingReason.NoIdentifiers);
        pending.CreatedBy.ShouldBe(user.UserId);
        pending.Priority.ShouldBe(3);
        (await CountItemsAsync()).ShouldBe(0);
    }

    [TestCase("", "value")]
    [TestCase("key", "")]
    [TestCase("  ", "value")]
    [TestCase("key", "   ")]
    public async Task ShouldKeepAnItemWithABlankIdentifierAsPending(string key, string value)
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(client, CreateBody([Contextual("lote", "L-1"), Contextual(key, value)]));

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "item_pending_review");
        body.GetProperty("error").GetString()!.ShouldContain("InvalidIdentifiers");
        (await PendingItemsAsync()).ShouldHaveSingleItem().Reason.ShouldBe(PendingReason.InvalidIdentifiers);
        (await CountItemsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldKeepAnItemWhoseIdentifierIsOnTwoItemsAsPendingWithoutNamingThem()
    {
        var (user, client) = await SignedInUserAsync();
        var shared = Identifier.Contextual("generic", "brinco", "B-42");
        var firstHolder = await ArrangeItemAsync("someone-else", 900_001, shared);
        var secondHolder = await ArrangeItemAsync(user.UserId, 900_002, shared);

        var response = await PostItemAsync(client, CreateBody([Contextual("brinco", "B-42")]));

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "item_pending_review");
        var message = body.GetProperty("error").GetString()!;
        message.ShouldContain("ConflictingDfids");
        message.ShouldNotContain(firstHolder);
        message.ShouldNotContain(secondHolder);
        body.ToString().ShouldNotContain(firstHolder);
        var pending = (await PendingItemsAsync()).ShouldHaveSingleItem();
        pending.Reason.ShouldBe(PendingReason.ConflictingDfids);
        pending.Priority.ShouldBe(4);
        (await CountItemsAsync()).ShouldBe(2);
    }

    [Test]
    public async Task ShouldKeepAnItemWithABlankDataKeyAsPending()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(
            client, CreateBody([Contextual("lote", "L-2")], new Dictionary<string, object> { [" "] = 1 }));

        await ShouldBeDataQualityIssueAsync(response);
    }

    [Test]
    public async Task ShouldKeepAnItemWithANullDataValueAsPending()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(
            client, CreateBody([Contextual("lote", "L-3")], new Dictionary<string, object?> { ["weight"] = null }));

        await ShouldBeDataQualityIssueAsync(response);
        (await PendingItemsAsync()).ShouldHaveSingleItem().Priority.ShouldBe(1);
    }

    [Test]
    public async Task ShouldResolveAKnownIdentifierToTheSameItemAndMergeIntoIt()
    {
        var (_, client) = await SignedInUserAsync();
        var first = await CreateItemAsync(
            client, [Canonical("sisbov", ValidSisbov)], new { breed = "Nelore", weight = 400 });
        var secondSource = Guid.NewGuid().ToString();

        var second = await CreateItemAsync(
            client, [Canonical("sisbov", ValidSisbov), Contextual("lote", "L-9")], new { weight = 455, farm = "Boa Vista" },
            secondSource);

        second.GetProperty("dfid").GetString().ShouldBe(first.GetProperty("dfid").GetString());
        second.GetProperty("identifiers").EnumerateArray().Select(i => i.GetProperty("value").GetString())
            .ShouldBe([ValidSisbov, "L-9"]);
        var data = second.GetProperty("enriched_data");
        data.GetProperty("breed").GetString().ShouldBe("Nelore");
        data.GetProperty("weight").GetInt32().ShouldBe(455);
        data.GetProperty("farm").GetString().ShouldBe("Boa Vista");
        var sources = second.GetProperty("source_entries").EnumerateArray().Select(e => e.GetString()).ToList();
        sources.Count.ShouldBe(2);
        sources[1].ShouldBe(secondSource);
        (await CountItemsAsync()).ShouldBe(1);
        var stored = await GetItemAsync(client, first.GetProperty("dfid").GetString()!);
        stored.GetProperty("enriched_data").GetProperty("weight").GetInt32().ShouldBe(455);
        stored.GetProperty("identifiers").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task ShouldRefuseAnInvalidRegistryValueNamingItAndStoreNothing()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(client, CreateBody([Canonical("sisbov", "XX1")]));

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_identifier");
        body.GetProperty("error").GetString()!.ShouldContain("bovino:sisbov:XX1");
        (await CountItemsAsync()).ShouldBe(0);
        (await PendingItemsAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseAnUnknownNamespaceAndStoreNothing()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(client, CreateBody([Contextual("lote", "L-1", "peixe")]));

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "invalid_identifier");
        body.GetProperty("error").GetString()!.ShouldContain("peixe:lote:L-1");
        (await CountItemsAsync()).ShouldBe(0);
        (await PendingItemsAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseAnUnknownIdType()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(
            client, CreateBody([new { key = "lote", value = "L-1", id_type = "x" }]));

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString()!.ShouldContain("Invalid id_type 'x'");
        (await CountItemsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseASourceEntryThatIsNotAUuid()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(client, CreateBody([Contextual("lote", "L-1")], sourceEntry: "not-a-uuid"));

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        body.GetProperty("error").GetString()!.ShouldContain("Invalid source entry UUID");
        (await CountItemsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseAnotherUsersIdentifierWithoutRevealingTheirItem()
    {
        var (_, owner) = await SignedInUserAsync();
        var theirs = await CreateItemAsync(owner, [Canonical("sisbov", ValidSisbov)], new { secret = "owner-only" });
        var (_, intruder) = await SignedInUserAsync();

        var response = await PostItemAsync(intruder, CreateBody([Canonical("sisbov", ValidSisbov)], new { secret = "mine" }));

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "identifier_taken");
        var text = body.ToString();
        text.ShouldNotContain(theirs.GetProperty("dfid").GetString()!);
        text.ShouldNotContain("owner-only");
        var unchanged = await GetItemAsync(owner, theirs.GetProperty("dfid").GetString()!);
        unchanged.GetProperty("enriched_data").GetProperty("secret").GetString().ShouldBe("owner-only");
        unchanged.GetProperty("source_entries").GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseAnotherUsersIdentifierEvenAfterOneOfTheCallersOwn()
    {
        var (_, owner) = await SignedInUserAsync();
        var theirs = await CreateItemAsync(owner, [Canonical("sisbov", ValidSisbov)]);
        var (_, intruder) = await SignedInUserAsync();
        var mine = await CreateDfidAsync(intruder, "mine");

        var response = await PostItemAsync(intruder, CreateBody([Contextual("tag", "mine"), Canonical("sisbov", ValidSisbov)]));

        (await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "identifier_taken")).ToString()
            .ShouldNotContain(theirs.GetProperty("dfid").GetString()!);
        (await GetItemAsync(intruder, mine)).GetProperty("identifiers").GetArrayLength().ShouldBe(1);
        (await CreateItemAsync(owner, [Canonical("sisbov", ValidSisbov)])).GetProperty("dfid").GetString()
            .ShouldBe(theirs.GetProperty("dfid").GetString(), "the owner's identifier must still resolve to their item");
    }

    [Test]
    public async Task ShouldResolveParallelCreatesWithTheSameIdentifierToOneItem()
    {
        var (_, client) = await SignedInUserAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            PostItemAsync(client, CreateBody([Canonical("sisbov", ValidSisbov)]))));

        // The identifier is locked from lookup to commit: one request mints, the others find its item.
        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        var dfids = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync()).GetProperty("dfid").GetString()));
        dfids.Distinct().ShouldHaveSingleItem();
        (await CountItemsAsync()).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRequireAuthentication()
    {
        var response = await PostItemAsync(Client, CreateBody([Contextual("lote", "L-1")]));

        await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task ShouldBeDataQualityIssueAsync(HttpResponseMessage response)
    {
        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "item_pending_review");
        body.GetProperty("error").GetString()!.ShouldContain("DataQualityIssue");
        (await PendingItemsAsync()).ShouldHaveSingleItem().Reason.ShouldBe(PendingReason.DataQualityIssue);
        (await CountItemsAsync()).ShouldBe(0);
    }
}
