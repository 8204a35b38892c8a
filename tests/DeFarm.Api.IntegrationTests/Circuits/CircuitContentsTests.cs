using System.Net;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Circuits;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// The read routes over what the push pipeline records (items, operations, pending items, activities), read
/// from rows arranged in the database as that pipeline will write them.
/// </summary>
public sealed class CircuitContentsTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldListTheItemsNewestFirstWithTheEventsTheCallerMaySee()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "viewer");
        var older = await CreateItemAsync(alice, null, ("tag", "older"));
        var newer = await CreateItemAsync(alice, null, ("tag", "newer"));
        await ArrangeCircuitItemAsync(circuitId, older, alice.UserId, DateTimeOffset.UtcNow.AddMinutes(-5));
        await ArrangeCircuitItemAsync(circuitId, newer, alice.UserId);
        await PostAsync(alice, "/api/events", new { dfid = newer, event_type = "Enriched", visibility = "public", metadata = new { a = 1 } });
        await PostAsync(alice, "/api/events", new { dfid = newer, event_type = "Enriched", visibility = "private", metadata = new { b = 2 } });

        var plain = await (await GetAsync(bob, $"{CircuitsPath}/{circuitId}/items")).ShouldBeOkAsync();
        var withEvents = await (await GetAsync(bob, $"{CircuitsPath}/{circuitId}/items?include_events=true")).ShouldBeOkAsync();
        var paged = await (await GetAsync(bob, $"{CircuitsPath}/{circuitId}/items?limit=1&offset=1")).ShouldBeOkAsync();

        DfidsOf(plain).ShouldBe([newer, older]);
        var first = plain[0];
        first.GetProperty("circuit_id").GetString().ShouldBe(circuitId);
        first.GetProperty("pushed_by").GetString().ShouldBe(alice.UserId);
        Strings(first.GetProperty("permissions")).ShouldBe(["read", "verify"]);
        first.TryGetProperty("events", out _).ShouldBeFalse();
        withEvents[0].GetProperty("events").EnumerateArray().ShouldHaveSingleItem().GetProperty("visibility").GetString().ShouldBe("Public");
        withEvents[1].GetProperty("events").GetArrayLength().ShouldBe(0);
        DfidsOf(paged).ShouldBe([older]);
    }

    [Test]
    public async Task ShouldListOperationsAndOnlyPendingOnesWhenAsked()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        var dfid = await CreateItemAsync(alice, null, ("tag", "x"));
        var completed = await ArrangeOperationAsync(circuitId, dfid, alice.UserId, pending: false);
        var pending = await ArrangeOperationAsync(circuitId, dfid, alice.UserId, pending: true, CircuitOperationType.Pull);

        var all = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/operations")).ShouldBeOkAsync();
        var onlyPending = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/operations/pending")).ShouldBeOkAsync();

        all.EnumerateArray().Select(o => o.GetProperty("operation_id").GetString())
            .ShouldBe([pending.OperationId.ToString(), completed.OperationId.ToString()]);
        var shown = onlyPending.EnumerateArray().ShouldHaveSingleItem();
        shown.GetProperty("operation_type").GetString().ShouldBe("Pull");
        shown.GetProperty("status").GetString().ShouldBe("Pending");
        shown.GetProperty("dfid").GetString().ShouldBe(dfid);
        shown.GetProperty("requester_id").GetString().ShouldBe(alice.UserId);
        shown.GetProperty("metadata").GetRawText().ShouldBe("{}");
    }

    [Test]
    public async Task ShouldListPendingPushesWithAPreviewOfTheItem()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        var dfid = await CreateItemAsync(alice, new { breed = "Nelore" }, ("tag", "x"));
        var pendingPush = await ArrangeOperationAsync(circuitId, dfid, alice.UserId, pending: true);
        await ArrangeOperationAsync(circuitId, dfid, alice.UserId, pending: true, CircuitOperationType.Pull);
        await ArrangeOperationAsync(circuitId, dfid, alice.UserId, pending: false);

        var body = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/pending-items")).ShouldBeOkAsync();

        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        var pending = body.GetProperty("data").EnumerateArray().ShouldHaveSingleItem();
        pending.GetProperty("pending_id").GetString().ShouldBe(pendingPush.OperationId.ToString());
        pending.GetProperty("pushed_by").GetString().ShouldBe(alice.UserId);
        pending.GetProperty("status").GetString().ShouldBe("Pending");
        var preview = pending.GetProperty("item_preview");
        preview.GetProperty("enriched_data").GetProperty("breed").GetString().ShouldBe("Nelore");
        preview.GetProperty("identifiers").EnumerateArray().ShouldHaveSingleItem().GetProperty("value").GetString().ShouldBe("x");
    }

    [Test]
    public async Task ShouldListActivitiesNewestFirst()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        var dfid = await CreateItemAsync(alice, null, ("tag", "x"));
        await WithDatabaseAsync(async db =>
        {
            var circuit = await db.Circuits.FindAsync(Guid.Parse(circuitId));
            db.CircuitActivities.Add(CircuitActivity.Record(
                CircuitActivityType.Push, circuit!, [dfid], alice.UserId, CircuitActivityStatus.Success, null, null,
                DateTimeOffset.UtcNow.AddMinutes(-1)));
            db.CircuitActivities.Add(CircuitActivity.Record(
                CircuitActivityType.Pull, circuit!, [dfid], alice.UserId, CircuitActivityStatus.Failed, null, "boom",
                DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

        var activities = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/activities")).ShouldBeOkAsync();

        activities.EnumerateArray().Select(a => a.GetProperty("activity_type").GetString()).ShouldBe(["Pull", "Push"]);
        var failed = activities[0];
        failed.GetProperty("activity_id").GetString()!.ShouldStartWith("ACTIVITY-");
        failed.GetProperty("status").GetString().ShouldBe("Failed");
        Strings(failed.GetProperty("item_dfids")).ShouldBe([dfid]);
        var details = failed.GetProperty("details");
        details.GetProperty("items_count").GetInt32().ShouldBe(1);
        details.GetProperty("success_count").GetInt32().ShouldBe(0);
        Strings(details.GetProperty("failed_items")).ShouldBe([dfid]);
        details.GetProperty("error_message").GetString().ShouldBe("boom");
        activities[1].GetProperty("details").GetProperty("success_count").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseBadPagesAndHideContentsFromNonMembers()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var publicId = await CreateCircuitIdAsync(alice, isPublic: true);

        await (await GetAsync(alice, $"{CircuitsPath}/{publicId}/operations?offset=-1"))
            .ShouldBeValidationErrorAsync("offset", "offset must not be negative");
        await (await GetAsync(alice, $"{CircuitsPath}/{publicId}/activities?limit=1001"))
            .ShouldBeValidationErrorAsync("limit", "limit must be between 1 and 1000");
        await (await GetAsync(bob, $"{CircuitsPath}/{publicId}/items")).ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "permission_denied", "Permission denied: only members may read what a circuit holds");
    }
}
