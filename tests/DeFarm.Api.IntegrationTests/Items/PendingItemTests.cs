using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class PendingItemTests : ItemWorkflowTestBase
{
    private const string PendingPath = "/api/items/pending";
    private const string Created = "Pending item resolved and created successfully";
    private const string NotCreated = "Pending item resolved but not created (rejected or still pending)";

    [Test]
    public async Task ShouldListTheCallersPendingItemsHighestPriorityFirst()
    {
        var alice = await RegisterAsync();
        var source = Guid.NewGuid().ToString();
        await StorePendingAsync(alice, new { identifiers = Array.Empty<object>(), enriched_data = new { breed = "nelore" }, source_entry = source });
        await StorePendingAsync(alice, new { identifiers = new[] { new { key = "tag", value = " " } } });
        await StorePendingAsync(alice, new { identifiers = new[] { new { key = "tag", value = "T-1" } }, enriched_data = new { weight = (int?)null } });
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var listed = await (await GetAsync(alice, PendingPath)).ShouldBeOkAsync();

        listed.EnumerateArray().Select(p => p.GetProperty("priority").GetInt32()).ShouldBe([3, 2, 1]);
        listed.EnumerateArray().Select(p => p.GetProperty("reason").GetString())
            .ShouldBe(["NoIdentifiers", "InvalidIdentifiers", "DataQualityIssue"]);
        var first = listed[0];
        Guid.TryParse(first.GetProperty("id").GetString(), out _).ShouldBeTrue();
        first.GetProperty("identifiers").GetArrayLength().ShouldBe(0);
        first.GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("nelore");
        first.GetProperty("source_entry").GetString().ShouldBe(source);
        first.GetProperty("reason_details").GetString().ShouldBe("no identifiers given");
        first.GetProperty("created_at").GetInt64().ShouldBeInRange(before - 60, before + 1);
        first.GetProperty("metadata").EnumerateObject().ShouldBeEmpty();
        listed[1].GetProperty("identifiers")[0].GetProperty("key").GetString().ShouldBe("tag");
    }

    [Test]
    public async Task ShouldFilterPendingItemsByReasonPriorityAndLimit()
    {
        var alice = await RegisterAsync();
        await StorePendingAsync(alice, new { identifiers = Array.Empty<object>() });
        await StorePendingAsync(alice, new { identifiers = new[] { new { key = "tag", value = " " } } });
        await StorePendingAsync(alice, new { identifiers = new[] { new { key = "tag", value = "T-1" } }, enriched_data = new { weight = (int?)null } });

        var byReason = await (await GetAsync(alice, $"{PendingPath}?reason=identifiers")).ShouldBeOkAsync();
        var byPriority = await (await GetAsync(alice, $"{PendingPath}?priority_min=2")).ShouldBeOkAsync();
        var limited = await (await GetAsync(alice, $"{PendingPath}?limit=1")).ShouldBeOkAsync();
        var noMatch = await (await GetAsync(alice, $"{PendingPath}?reason=CrossSystem")).ShouldBeOkAsync();

        Reasons(byReason).ShouldBe(["NoIdentifiers", "InvalidIdentifiers"]);
        Reasons(byPriority).ShouldBe(["NoIdentifiers", "InvalidIdentifiers"]);
        Reasons(limited).ShouldBe(["NoIdentifiers"]);
        noMatch.GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldRejectAnOutOfRangePriorityFilter()
    {
        var alice = await RegisterAsync();

        var response = await GetAsync(alice, $"{PendingPath}?priority_min=9");

        await response.ShouldBeValidationErrorAsync("priority_min", "priority_min must be between 1 and 4");
    }

    [Test]
    public async Task ShouldListOnlyTheCallersPendingItemsButEveryoneForAnAdmin()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        var alices = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>(), enriched_data = new { secret = "a" } });
        var bobs = await StorePendingAsync(bob, new { identifiers = Array.Empty<object>() });

        var forAlice = await (await GetAsync(alice, PendingPath)).ShouldBeOkAsync();
        var forAdmin = await (await GetAsync(admin, PendingPath)).ShouldBeOkAsync();

        Ids(forAlice).ShouldBe([alices]);
        Ids(forAdmin).ShouldBe([alices, bobs], ignoreOrder: true);
    }

    [Test]
    public async Task ShouldGetOnePendingItem()
    {
        var alice = await RegisterAsync();
        var id = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>(), enriched_data = new { breed = "nelore" } });

        var pending = await (await GetAsync(alice, $"{PendingPath}/{id}")).ShouldBeOkAsync();

        pending.GetProperty("id").GetString().ShouldBe(id);
        pending.GetProperty("reason").GetString().ShouldBe("NoIdentifiers");
        pending.GetProperty("priority").GetInt32().ShouldBe(3);
        pending.GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("nelore");
    }

    [Test]
    public async Task ShouldRejectAPendingItemIdThatIsNotAUuid()
    {
        var alice = await RegisterAsync();

        var get = await GetAsync(alice, $"{PendingPath}/not-a-uuid");
        var resolve = await PostAsync(alice, $"{PendingPath}/not-a-uuid/resolve", new { action = "reject" });

        await get.ShouldBeValidationErrorAsync("id", "Invalid pending item id");
        await resolve.ShouldBeValidationErrorAsync("id", "Invalid pending item id");
    }

    [Test]
    public async Task ShouldAnswerNotFoundForAnUnknownOrSomeoneElsesPendingItem()
    {
        var alice = await RegisterAsync();
        var mallory = await RegisterAsync();
        var id = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>(), enriched_data = new { secret = "s" } });

        var unknown = await GetAsync(alice, $"{PendingPath}/{Guid.NewGuid()}");
        var foreign = await GetAsync(mallory, $"{PendingPath}/{id}");
        var foreignResolve = await PostAsync(mallory, $"{PendingPath}/{id}/resolve", new { action = "reject" });

        await unknown.ShouldBeErrorAsync(HttpStatusCode.NotFound, "pending_item_not_found", "Pending item not found");
        (await foreign.ShouldBeErrorAsync(HttpStatusCode.NotFound, "pending_item_not_found", "Pending item not found"))
            .ToString().ShouldNotContain("secret");
        await foreignResolve.ShouldBeErrorAsync(HttpStatusCode.NotFound, "pending_item_not_found", "Pending item not found");
        (await GetAsync(alice, $"{PendingPath}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await GetAsync(alice, PendingPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(1);
    }

    [Test]
    public async Task ShouldRejectAPendingItem()
    {
        var alice = await RegisterAsync();
        var id = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>() });

        var body = await (await PostAsync(alice, $"{PendingPath}/{id}/resolve", new { action = "reject" })).ShouldBeOkAsync();

        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        body.GetProperty("item").ValueKind.ShouldBe(JsonValueKind.Null);
        body.GetProperty("message").GetString().ShouldBe(NotCreated);
        (await (await GetAsync(alice, PendingPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
        var resolved = await (await GetAsync(alice, $"{PendingPath}/{id}")).ShouldBeOkAsync();
        resolved.GetProperty("metadata").GetProperty("status").GetString().ShouldBe("Rejected");
        (await (await GetAsync(alice, ItemsPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseToResolveAPendingItemTwice()
    {
        var alice = await RegisterAsync();
        var id = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>() });
        await (await PostAsync(alice, $"{PendingPath}/{id}/resolve", new { action = "reject" })).ShouldBeOkAsync();

        var again = await PostAsync(alice, $"{PendingPath}/{id}/resolve", new
        {
            action = "modify", new_identifiers = new[] { new { key = "tag", value = "T-1" } },
        });

        await again.ShouldBeErrorAsync(HttpStatusCode.Conflict, "pending_item_resolved", "Pending item was already resolved");
        (await (await GetAsync(alice, ItemsPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldRejectAnUnknownAction()
    {
        var alice = await RegisterAsync();
        var id = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>() });

        var response = await PostAsync(alice, $"{PendingPath}/{id}/resolve", new { action = "destroy" });

        await response.ShouldBeValidationErrorAsync("action", "Invalid action 'destroy': use approve, reject or modify");
    }

    [Test]
    public async Task ShouldCreateTheItemFromNewValuesWhenModifying()
    {
        var alice = await RegisterAsync();
        var source = Guid.NewGuid().ToString();
        var id = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>(), enriched_data = new { breed = "nelore" }, source_entry = source });

        var body = await (await PostAsync(alice, $"{PendingPath}/{id}/resolve", new
        {
            action = "modify", new_identifiers = new[] { new { key = "tag", value = "T-1" } },
        })).ShouldBeOkAsync();

        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        body.GetProperty("message").GetString().ShouldBe(Created);
        var item = body.GetProperty("item");
        var dfid = item.GetProperty("dfid").GetString()!;
        dfid.ShouldStartWith("DFID-");
        IdentifierValues(item).ShouldBe(["T-1"]);
        item.GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("nelore");
        SourceEntries(item).ShouldBe([source]);
        (await GetItemAsync(alice, dfid)).GetProperty("dfid").GetString().ShouldBe(dfid);
        var resolved = await (await GetAsync(alice, $"{PendingPath}/{id}")).ShouldBeOkAsync();
        resolved.GetProperty("metadata").GetProperty("status").GetString().ShouldBe("Approved");
        resolved.GetProperty("metadata").GetProperty("dfid").GetString().ShouldBe(dfid);
    }

    [Test]
    public async Task ShouldCreateTheItemWithNewDataWhenModifyingADataQualityIssue()
    {
        var alice = await RegisterAsync();
        var id = await StorePendingAsync(alice, new
        {
            identifiers = new[] { new { key = "tag", value = "T-9" } }, enriched_data = new { weight = (int?)null },
        });

        var body = await (await PostAsync(alice, $"{PendingPath}/{id}/resolve", new
        {
            action = "MODIFY", new_enriched_data = new { weight = 410 },
        })).ShouldBeOkAsync();

        var item = body.GetProperty("item");
        IdentifierValues(item).ShouldBe(["T-9"]);
        item.GetProperty("enriched_data").GetProperty("weight").GetInt32().ShouldBe(410);
    }

    [Test]
    public async Task ShouldLetAnAdminResolveSomeoneElsesPendingItem()
    {
        var alice = await RegisterAsync();
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        var id = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>() });

        (await (await GetAsync(admin, $"{PendingPath}/{id}")).ShouldBeOkAsync()).GetProperty("id").GetString().ShouldBe(id);
        await (await PostAsync(admin, $"{PendingPath}/{id}/resolve", new { action = "reject" })).ShouldBeOkAsync();

        (await (await GetAsync(alice, PendingPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldApproveAPendingItemOnceItsConflictIsGone()
    {
        var alice = await RegisterAsync();
        var first = await CreateItemAsync(alice, null, ("tag", "X"));
        var second = await CreateItemAsync(alice, null, ("tag", "Y"));
        await (await PutAsync(alice, $"{ItemsPath}/{second}", new { identifiers = new[] { new { key = "tag", value = "X" } } })).ShouldBeOkAsync();
        var id = await StorePendingAsync(alice, new { identifiers = new[] { new { key = "tag", value = "X" } }, enriched_data = new { checked_by = "vet" } });
        var pending = await (await GetAsync(alice, $"{PendingPath}/{id}")).ShouldBeOkAsync();
        pending.GetProperty("reason").GetString().ShouldBe("ConflictingDFIDs");
        pending.GetProperty("priority").GetInt32().ShouldBe(4);
        // Someone corrects the data by hand: the identifier is now on the first item only.
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM item_identifiers WHERE dfid = {second} AND value = 'X'"));

        var body = await (await PostAsync(alice, $"{PendingPath}/{id}/resolve", new { action = "approve" })).ShouldBeOkAsync();

        body.GetProperty("message").GetString().ShouldBe(Created);
        body.GetProperty("item").GetProperty("dfid").GetString().ShouldBe(first);
        body.GetProperty("item").GetProperty("enriched_data").GetProperty("checked_by").GetString().ShouldBe("vet");
        (await (await GetAsync(alice, PendingPath)).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldKeepAPendingItemPendingWhenApprovingItStillConflicts()
    {
        var alice = await RegisterAsync();
        var id = await StorePendingAsync(alice, new { identifiers = Array.Empty<object>() });

        var response = await PostAsync(alice, $"{PendingPath}/{id}/resolve", new { action = "approve" });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "pending_item_still_conflicting",
            "Pending item cannot be created yet: NoIdentifiers: no identifiers given");
        Ids(await (await GetAsync(alice, PendingPath)).ShouldBeOkAsync()).ShouldBe([id]);
    }

    /// <summary>Sends a create request that conflicts (400) and returns the id of the pending item it stored.</summary>
    private static async Task<string> StorePendingAsync(RegisteredUser user, object createRequest)
    {
        var before = Ids(await (await GetAsync(user, $"{PendingPath}?limit=1000")).ShouldBeOkAsync());
        await (await PostAsync(user, ItemsPath, createRequest)).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "item_pending_review");
        var after = Ids(await (await GetAsync(user, $"{PendingPath}?limit=1000")).ShouldBeOkAsync());
        return after.Except(before).ShouldHaveSingleItem();
    }

    private static List<string> Ids(JsonElement list) =>
        list.EnumerateArray().Select(p => p.GetProperty("id").GetString()!).ToList();

    private static List<string> Reasons(JsonElement list) =>
        list.EnumerateArray().Select(p => p.GetProperty("reason").GetString()!).ToList();
}
