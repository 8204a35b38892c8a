using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
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

        var pending = await ShouldBePendingAsync(response, "NoIdentifiers", "no identifiers given", priority: 3);
        pending.CreatedBy.ShouldBe(user.UserId);
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

        await ShouldBePendingAsync(response, "InvalidIdentifiers", $"Invalid identifier: {key}:{value}", priority: 2);
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
        message.ShouldNotContain(firstHolder);
        message.ShouldNotContain(secondHolder);
        body.ToString().ShouldNotContain(firstHolder);
        await ShouldBePendingAsync(response, "ConflictingDFIDs", "generic:brinco:B-42 is on 2 items", priority: 4);
        (await CountItemsAsync()).ShouldBe(2);
    }

    [Test]
    public async Task ShouldKeepAnItemWithABlankDataKeyAsPending()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(
            client, CreateBody([Contextual("lote", "L-2")], new Dictionary<string, object> { [" "] = 1 }));

        // The original's DataQualityIssue(empty_key, Medium): Medium is priority 2 (ADR-006).
        await ShouldBePendingAsync(response, "DataQualityIssue", "enriched_data has a blank key", priority: 2);
        (await CountItemsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldKeepAnItemWithANullDataValueAsPending()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(
            client, CreateBody([Contextual("lote", "L-3")], new Dictionary<string, object?> { ["weight"] = null }));

        // The original's DataQualityIssue(null_value, Low): Low is priority 1 (ADR-006).
        await ShouldBePendingAsync(
            response, "DataQualityIssue", "enriched_data key 'weight' has a null value", priority: 1);
        (await CountItemsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldStoreOnlyTheBlankIdentifierWhenTheDataAlsoHasANullValue()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(
            client, CreateBody([Contextual("", "L-4")], new Dictionary<string, object?> { ["weight"] = null }));

        // The conflicts are checked in the order of §3.1 and the first hit wins: the identifier comes before the data.
        await ShouldBePendingAsync(response, "InvalidIdentifiers", "Invalid identifier: :L-4", priority: 2);
        (await CountItemsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldStoreOnlyTheMissingIdentifiersWhenTheDataAlsoHasABlankKey()
    {
        var (_, client) = await SignedInUserAsync();

        var response = await PostItemAsync(client, CreateBody([], new Dictionary<string, object> { [""] = 1 }));

        await ShouldBePendingAsync(response, "NoIdentifiers", "no identifiers given", priority: 3);
        (await CountItemsAsync()).ShouldBe(0);
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
    public async Task ShouldResolveToTheItemOfTheFirstIdentifierWhenTheyLeadToTwoItems()
    {
        var (_, client) = await SignedInUserAsync();
        var first = await CreateItemAsync(client, [Contextual("brinco", "B-1")], new { weight = 400 });
        var second = await CreateItemAsync(client, [Contextual("lote", "L-1")], new { weight = 500 });

        var resolved = await CreateItemAsync(client, [Contextual("lote", "L-1"), Contextual("brinco", "B-1")]);

        // Request order decides, not creation order: the second item wins and also gets the first one's identifier.
        resolved.GetProperty("dfid").GetString().ShouldBe(second.GetProperty("dfid").GetString());
        resolved.GetProperty("identifiers").EnumerateArray().Select(i => i.GetProperty("value").GetString())
            .ShouldBe(["L-1", "B-1"]);
        resolved.GetProperty("enriched_data").GetProperty("weight").GetInt32().ShouldBe(500);
        resolved.GetProperty("source_entries").ToString().ShouldBe(second.GetProperty("source_entries").ToString(),
            "without enriched_data no source entry is added");
        (await GetItemAsync(client, first.GetProperty("dfid").GetString()!)).ToString().ShouldBe(first.ToString());
        (await CountItemsAsync()).ShouldBe(2);
    }

    [Test]
    public async Task ShouldResolveOnlyAnIdentifierEqualInNamespaceKeyValueAndKind()
    {
        var (_, client) = await SignedInUserAsync();
        var existing = (await CreateItemAsync(client, [Canonical("sisbov", ValidSisbov)])).GetProperty("dfid").GetString();

        // Same key and value, but another namespace or kind: a different identifier (ADR-006), so a new item.
        var otherNamespace = await CreateItemAsync(client, [Canonical("sisbov", ValidSisbov, "suino")]);
        var otherKind = await CreateItemAsync(client, [Contextual("sisbov", ValidSisbov, "bovino")]);
        var same = await CreateItemAsync(client, [Canonical("sisbov", ValidSisbov)]);

        new[] { otherNamespace, otherKind }.Select(i => i.GetProperty("dfid").GetString())
            .ShouldAllBe(dfid => dfid != existing);
        otherNamespace.GetProperty("dfid").GetString().ShouldNotBe(otherKind.GetProperty("dfid").GetString());
        same.GetProperty("dfid").GetString().ShouldBe(existing);
        (await CountItemsAsync()).ShouldBe(3);
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

        await response.ShouldBeValidationErrorAsync(
            "id_type", "Invalid identifier payload: id_type 'x' is neither Canonical nor Contextual");
        (await CountItemsAsync()).ShouldBe(0);
        (await PendingItemsAsync()).ShouldBeEmpty();
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

        var body = await response.ShouldBeErrorAsync(
            HttpStatusCode.Conflict, "identifier_taken",
            $"Identifier 'bovino:sisbov:{ValidSisbov}' already belongs to another owner's item");
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

    /// <summary>
    /// Asserts the 400 of a request kept as the only pending item, its message exactly (and case-sensitively) as the
    /// original words it with <paramref name="reason"/> in its Debug spelling, and returns that pending item.
    /// </summary>
    private static async Task<PendingItem> ShouldBePendingAsync(
        HttpResponseMessage response, string reason, string details, int priority)
    {
        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "item_pending_review",
            $"Failed to create item: Validation error: Item stored as pending: {reason}: {details}");
        var pending = (await PendingItemsAsync()).ShouldHaveSingleItem();
        pending.Reason.ShouldBe(Enum.Parse<PendingReason>(reason, ignoreCase: true));
        pending.ReasonDetails.ShouldBe(details);
        pending.Priority.ShouldBe(priority);
        return pending;
    }
}
