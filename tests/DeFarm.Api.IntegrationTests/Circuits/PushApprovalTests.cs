using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Notifications;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// Approval of pushes and pulls (decision 9, engines-api.md §3.4): a pending push has tokenized but deferred the
/// circuit item, storage upload, auto-publish, activity and event until approval; rejection records who, why
/// and when, and leaves the circuit untouched. Approvers act as themselves and need ManageMembers.
/// </summary>
public sealed class PushApprovalTests : PushTestBase
{
    [Test]
    public async Task ShouldTokenizeAtOnceButDeferEveryOtherEffectUntilApproval()
    {
        var (owner, member) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(owner, adapter: "ipfs-ipfs", requireApproval: true, autoPublish: true);
        await AddMemberAsync(owner, circuitId, member, "member");
        var lid = await CreateLocalItemAsync(member, null, Sisbov("123456789012"));

        var pushed = await PushLocalOkAsync(member, circuitId, lid);

        var dfid = Text(pushed, "dfid");
        var mapping = (await (await GetAsync(member, $"/api/items/mapping/{lid}")).ShouldBeOkAsync()).GetProperty("data");
        Text(mapping, "status").ShouldBe("Tokenized");
        var pending = (await (await GetAsync(owner, $"{CircuitsPath}/{circuitId}/pending-items")).ShouldBeOkAsync())
            .GetProperty("data").EnumerateArray().ShouldHaveSingleItem();
        (Text(pending, "pending_id"), Text(pending, "dfid"), Text(pending, "pushed_by"))
            .ShouldBe((Text(pushed, "operation_id"), dfid, member.UserId));
        var before = await CountPipelineRowsAsync();
        (before.TokenizedItems, before.Mappings, before.CanonicalEntries, before.Operations).ShouldBe((1, 1, 1, 1));
        (before.CircuitItems, before.Activities, before.Events, before.StorageHistories, before.TimelineEntries)
            .ShouldBe((0, 0, 0, 0, 0));
        (await PublishedDfidsAsync(owner, circuitId)).ShouldBeEmpty();

        var approval = await (await PostAsync(
                owner, $"{CircuitsPath}/{circuitId}/pending-items/{Text(pushed, "operation_id")}/approve",
                new { admin_id = member.UserId }))
            .ShouldBeOkAsync();

        Text(approval, "message").ShouldBe("Item approved and added to circuit");
        var approved = approval.GetProperty("data");
        (Text(approved, "dfid"), Text(approved, "pushed_by"), Text(approved, "approved_by"), Text(approved, "status"))
            .ShouldBe((dfid, member.UserId, owner.UserId, "active"));
        var after = await CountPipelineRowsAsync();
        (after.CircuitItems, after.Activities, after.Events, after.StorageHistories, after.TimelineEntries)
            .ShouldBe((1, 1, 1, 1, 1));
        (await PublishedDfidsAsync(owner, circuitId)).ShouldBe([dfid]);
        var operation = (await (await GetAsync(owner, $"{CircuitsPath}/{circuitId}/operations")).ShouldBeOkAsync())[0];
        Text(operation, "status").ShouldBe("Completed");
        Text(operation.GetProperty("metadata"), "approved_by").ShouldBe(owner.UserId);
        var @event = (await EventsOfAsync(owner, circuitId, dfid)).ShouldHaveSingleItem();
        (Text(@event, "event_type"), Text(@event, "source")).ShouldBe(("PushedToCircuit", member.UserId));
        var record = (await (await GetAsync(member, $"{ItemsPath}/{dfid}/storage-history")).ShouldBeOkAsync())
            .GetProperty("records").EnumerateArray().ShouldHaveSingleItem();
        Text(record, "triggered_by").ShouldBe("circuit_push");
        (await (await GetAsync(owner, $"{CircuitsPath}/{circuitId}/operations/pending")).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
        (await NotificationsOfAsync(owner.UserId)).Select(n => n.Type).ShouldContain(NotificationType.CircuitItemPendingApproval);
        (await NotificationsOfAsync(member.UserId)).Select(n => n.Type).ShouldContain(NotificationType.CircuitItemApproved);
    }

    [Test]
    public async Task ShouldRecordARejectionAndLeaveTheCircuitUntouched()
    {
        var (owner, member) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(owner, adapter: "ipfs-ipfs", requireApproval: true, autoPublish: true);
        await AddMemberAsync(owner, circuitId, member, "member");
        var dfid = await CreateItemAsync(member, null, ("tag", "T-1"));
        var operation = await (await PostAsync(member, $"{CircuitsPath}/{circuitId}/push/{dfid}", new { })).ShouldBeOkAsync();
        Text(operation, "status").ShouldBe("Pending");
        var before = await CountPipelineRowsAsync();

        var rejected = await (await PostAsync(
                owner, $"{CircuitsPath}/operations/{Text(operation, "operation_id")}/reject",
                new { reason = "blurry photo", approver_id = member.UserId }))
            .ShouldBeOkAsync();

        Text(rejected, "status").ShouldBe("Rejected");
        var metadata = rejected.GetProperty("metadata");
        (Text(metadata, "rejection_reason"), Text(metadata, "rejected_by")).ShouldBe(("blurry photo", owner.UserId));
        DateTimeOffset.Parse(Text(metadata, "rejected_at"), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        (await CountPipelineRowsAsync()).ShouldBe(before);
        (await PublishedDfidsAsync(owner, circuitId)).ShouldBeEmpty();
        await (await PostAsync(owner, $"{CircuitsPath}/operations/{Text(operation, "operation_id")}/approve", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "operation_not_pending");
    }

    [Test]
    public async Task ShouldRejectAPendingItemThroughItsCircuitRoute()
    {
        var (owner, member) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(owner, requireApproval: true);
        await AddMemberAsync(owner, circuitId, member, "member");
        var pushed = await PushLocalOkAsync(member, circuitId, await CreateLocalItemAsync(member, null, Lot("L-1")));

        var answer = await (await PostAsync(
                owner, $"{CircuitsPath}/{circuitId}/pending-items/{Text(pushed, "operation_id")}/reject", new { reason = "dup" }))
            .ShouldBeOkAsync();

        (answer.GetProperty("success").GetBoolean(), Text(answer, "message")).ShouldBe((true, "Item rejected"));
        var operation = (await (await GetAsync(owner, $"{CircuitsPath}/{circuitId}/operations")).ShouldBeOkAsync())[0];
        Text(operation.GetProperty("metadata"), "rejection_reason").ShouldBe("dup");
        (await CountPipelineRowsAsync()).CircuitItems.ShouldBe(0);
    }

    [Test]
    public async Task ShouldLetOnlyMembersHoldingManageMembersDecide()
    {
        var (owner, admin, member, stranger) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreatePushCircuitAsync(owner, requireApproval: true);
        await AddMemberAsync(owner, circuitId, admin, "admin");
        await AddMemberAsync(owner, circuitId, member, "member");
        var dfid = await CreateItemAsync(member, null, ("tag", "T-1"));
        var operationId = Text(await (await PostAsync(member, $"{CircuitsPath}/{circuitId}/push/{dfid}", new { })).ShouldBeOkAsync(), "operation_id");
        var approve = $"{CircuitsPath}/operations/{operationId}/approve";

        await (await PostAsync(stranger, approve, new { approver_id = owner.UserId }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "operation_not_found");
        await (await PostAsync(member, approve, new { approver_id = owner.UserId }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await (await PostAsync(member, $"{CircuitsPath}/operations/{operationId}/reject", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await (await PostAsync(admin, $"{CircuitsPath}/operations/{Guid.NewGuid()}/approve", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "operation_not_found");
        await (await PostAsync(admin, $"{CircuitsPath}/operations/not-an-id/approve", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "operation_not_found");

        var approved = await (await PostAsync(admin, approve, new { })).ShouldBeOkAsync();

        Text(approved, "status").ShouldBe("Completed");
        DfidsOf(await (await GetAsync(member, $"{CircuitsPath}/{circuitId}/items")).ShouldBeOkAsync()).ShouldBe([dfid]);
        var storedEvent = (await EventsOfAsync(owner, circuitId, dfid)).ShouldHaveSingleItem();
        Text(storedEvent, "source").ShouldBe(member.UserId);
    }

    [Test]
    public async Task ShouldPullAtOnceOrAfterApprovalTakingTheItemOutOfTheCircuit()
    {
        var (owner, viewer) = (await RegisterAsync(), await RegisterAsync());
        var direct = await CreatePushCircuitAsync(owner, autoPublish: true);
        var guarded = await CreatePushCircuitAsync(owner, requireApprovalForPull: true);
        await AddMemberAsync(owner, direct, viewer, "viewer");
        await AddMemberAsync(owner, guarded, viewer, "viewer");
        var lid = await CreateLocalItemAsync(owner, new { breed = "Nelore" }, Sisbov("123456789012"));
        var dfid = Text(await PushLocalOkAsync(owner, direct, lid), "dfid");
        await PushLocalOkAsync(owner, guarded, lid);

        var pulled = await (await PostAsync(viewer, $"{CircuitsPath}/{direct}/pull/{dfid}", new { })).ShouldBeOkAsync();

        Text(pulled.GetProperty("item"), "dfid").ShouldBe(dfid);
        var identifier = pulled.GetProperty("item").GetProperty("identifiers")[0];
        identifier.GetProperty("id_type").GetProperty("Canonical").GetProperty("registry").GetString().ShouldBe("sisbov");
        // The pull's own event first, then both pushes' events: the public one and the guarded circuit's,
        // whose member the viewer is.
        pulled.GetProperty("events_count").GetInt32().ShouldBe(3);
        pulled.GetProperty("events").EnumerateArray().Select(e => Text(e, "event_type"))
            .ShouldBe(["PulledFromCircuit", "PushedToCircuit", "PushedToCircuit"]);
        Text(pulled.GetProperty("operation"), "status").ShouldBe("Completed");
        DfidsOf(await (await GetAsync(owner, $"{CircuitsPath}/{direct}/items")).ShouldBeOkAsync()).ShouldBeEmpty();
        (await PublishedDfidsAsync(owner, direct)).ShouldBeEmpty();
        await (await PostAsync(viewer, $"{CircuitsPath}/{direct}/pull/{dfid}", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_in_circuit");

        var waiting = await (await PostAsync(viewer, $"{CircuitsPath}/{guarded}/pull/{dfid}", new { })).ShouldBeOkAsync();
        Text(waiting.GetProperty("operation"), "status").ShouldBe("Pending");
        DfidsOf(await (await GetAsync(owner, $"{CircuitsPath}/{guarded}/items")).ShouldBeOkAsync()).ShouldBe([dfid]);
        await (await PostAsync(owner, $"{CircuitsPath}/operations/{Text(waiting.GetProperty("operation"), "operation_id")}/approve", new { }))
            .ShouldBeOkAsync();
        DfidsOf(await (await GetAsync(owner, $"{CircuitsPath}/{guarded}/items")).ShouldBeOkAsync()).ShouldBeEmpty();
        var activities = await (await GetAsync(owner, $"{CircuitsPath}/{guarded}/activities")).ShouldBeOkAsync();
        activities.EnumerateArray().Select(a => Text(a, "activity_type")).ShouldBe(["Pull", "Push"]);
    }
}
