using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Circuits;

public sealed class CircuitMembershipTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldAddAMemberWithTheRoleDefaultPermissions()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);

        var circuit = await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/members", new { member_id = bob.UserId, role = "ADMIN" }))
            .ShouldBeOkAsync();

        var member = MemberOf(circuit, bob.UserId);
        member.GetProperty("role").GetString().ShouldBe("Admin");
        Strings(member.GetProperty("permissions")).ShouldBe(["Push", "Pull", "Invite", "ManageMembers", "ManageRoles", "Certify"]);
        member.GetProperty("custom_role_name").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var seenByBob = await (await GetAsync(bob, $"{CircuitsPath}/{circuitId}")).ShouldBeOkAsync();
        MemberOf(seenByBob, bob.UserId).GetProperty("role").GetString().ShouldBe("Admin");
    }

    [Test]
    public async Task ShouldRefuseBadMemberRequests()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        var path = $"{CircuitsPath}/{circuitId}/members";

        await (await PostAsync(alice, path, new { member_id = bob.UserId, role = "emperor" }))
            .ShouldBeValidationErrorAsync("role", "Invalid role: emperor");
        await (await PostAsync(alice, path, new { role = "member" })).ShouldBeValidationErrorAsync("member_id", "member_id is required");
        await (await PostAsync(alice, path, new { member_id = "user-nobody", role = "member" }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "user_not_found", "User not found");
        await AddMemberAsync(alice, circuitId, bob, "member");
        await (await PostAsync(alice, path, new { member_id = bob.UserId, role = "viewer" }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "already_member", "Member is already in the circuit");
        await (await PostAsync(alice, "/api/circuits/not-a-uuid/members", new { member_id = bob.UserId, role = "viewer" }))
            .ShouldBeValidationErrorAsync("id", "Invalid circuit ID format");
        await (await PostAsync(alice, $"{CircuitsPath}/{Guid.NewGuid()}/members", new { member_id = bob.UserId, role = "viewer" }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "circuit_not_found", "Circuit not found");
    }

    [Test]
    public async Task ShouldNotLetAnAdminGrantPermissionsTheyDoNotHold()
    {
        var (alice, admin, carol) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, admin, "admin");

        var response = await PostAsync(admin, $"{CircuitsPath}/{circuitId}/members", new { member_id = carol.UserId, role = "owner" });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "permission_denied",
            "Permission denied: you cannot grant the ManagePermissions permission, which you do not hold");
        await (await PatchAsync(admin, $"{CircuitsPath}/{circuitId}/members/{admin.UserId}", new { role = "Owner" }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
    }

    [Test]
    public async Task ShouldAssignACustomRoleReplacingTheMemberPermissions()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "viewer");
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/roles", new { role_name = "Auditor", permissions = new[] { "audit", "PULL" }, description = "Reads" }))
            .ShouldBeOkAsync();

        var circuit = await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}/members/{bob.UserId}", new { role = "member", custom_role_name = "auditor" }))
            .ShouldBeOkAsync();

        var member = MemberOf(circuit, bob.UserId);
        member.GetProperty("role").GetString().ShouldBe("Viewer");
        member.GetProperty("custom_role_name").GetString().ShouldBe("Auditor");
        Strings(member.GetProperty("permissions")).ShouldBe(["Audit", "Pull"]);
        var roles = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/roles")).ShouldBeOkAsync();
        roles.EnumerateArray().Single(r => r.GetProperty("role_name").GetString() == "Auditor")
            .GetProperty("member_count").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseToAssignAMissingRoleOrToChangeTheOwner()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "viewer");

        await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}/members/{bob.UserId}", new { role = "Ghost" }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "role_not_found", "Role 'Ghost' not found");
        await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}/members/{alice.UserId}", new { role = "Member" }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "owner_role_fixed", "The circuit owner's role cannot be changed");
        await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}/members/user-nobody", new { role = "Member" }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "member_not_found", "Member not found in circuit");
        await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}/members/{bob.UserId}", new { }))
            .ShouldBeValidationErrorAsync("role", "role or custom_role_name is required");
    }

    [Test]
    public async Task ShouldFileAJoinRequestAndNotifyEveryoneWhoMayHandleIt()
    {
        var (alice, admin, member, carol) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice, isPublic: true);
        await AddMemberAsync(alice, circuitId, admin, "admin");
        await AddMemberAsync(alice, circuitId, member, "member");

        var seenByCarol = await (await PostAsync(carol, $"{CircuitsPath}/{circuitId}/requests", new { message = "Let me in" }))
            .ShouldBeOkAsync();

        seenByCarol.GetProperty("pending_requests").GetArrayLength().ShouldBe(0);
        var pending = await (await GetAsync(admin, $"{CircuitsPath}/{circuitId}/requests/pending")).ShouldBeOkAsync();
        var request = pending.EnumerateArray().ShouldHaveSingleItem();
        request.GetProperty("requester_id").GetString().ShouldBe(carol.UserId);
        request.GetProperty("message").GetString().ShouldBe("Let me in");
        request.GetProperty("status").GetString().ShouldBe("Pending");
        var seenByOwner = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}")).ShouldBeOkAsync();
        seenByOwner.GetProperty("pending_requests").GetArrayLength().ShouldBe(1);
        foreach (var handler in new[] { alice, admin })
        {
            var notification = (await NotificationsOfAsync(handler.UserId)).ShouldHaveSingleItem();
            notification.Type.ShouldBe(NotificationType.JoinRequestReceived);
            notification.Data["requester_id"]!.GetValue<string>().ShouldBe(carol.UserId);
            notification.Data["circuit_id"]!.GetValue<string>().ShouldBe(circuitId);
        }

        (await NotificationsOfAsync(member.UserId)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseDuplicateJoinRequestsAndRequestsFromMembers()
    {
        var (alice, carol) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice, isPublic: true);
        await (await PostAsync(carol, $"{CircuitsPath}/{circuitId}/requests", new { })).ShouldBeOkAsync();

        await (await PostAsync(carol, $"{CircuitsPath}/{circuitId}/requests", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "join_request_pending", "User already has a pending request for this circuit");
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/requests", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "already_member", "User is already a member of this circuit");
    }

    [Test]
    public async Task ShouldNotTakeJoinRequestsForACircuitTheCallerCannotSee()
    {
        var (alice, carol) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);

        await (await PostAsync(carol, $"{CircuitsPath}/{circuitId}/requests", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
    }

    [Test]
    public async Task ShouldApproveAJoinRequestAsTheCallerWhateverTheBodySays()
    {
        var (alice, admin, carol) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice, isPublic: true);
        await AddMemberAsync(alice, circuitId, admin, "admin");
        await (await PostAsync(carol, $"{CircuitsPath}/{circuitId}/requests", new { })).ShouldBeOkAsync();

        var circuit = await (await PostAsync(admin, $"{CircuitsPath}/{circuitId}/requests/{carol.UserId}/approve", new { admin_id = alice.UserId, role = "viewer" }))
            .ShouldBeOkAsync();

        var member = MemberOf(circuit, carol.UserId);
        member.GetProperty("role").GetString().ShouldBe("Viewer");
        Strings(member.GetProperty("permissions")).ShouldBe(["Pull"]);
        circuit.GetProperty("pending_requests").GetArrayLength().ShouldBe(0);
        var approved = (await NotificationsOfAsync(carol.UserId)).ShouldHaveSingleItem();
        approved.Type.ShouldBe(NotificationType.JoinRequestApproved);
        approved.Data["role"]!.GetValue<string>().ShouldBe("Viewer");
        await WithDatabaseAsync(async db =>
        {
            var stored = await db.Circuits.AsNoTracking().SingleAsync();
            var request = stored.JoinRequests.ShouldHaveSingleItem();
            request.DecidedBy.ShouldBe(admin.UserId);
            request.Status.ShouldBe(JoinRequestStatus.Approved);
        });
    }

    [Test]
    public async Task ShouldRejectAJoinRequestAndTellTheRequester()
    {
        var (alice, carol) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice, isPublic: true);
        await (await PostAsync(carol, $"{CircuitsPath}/{circuitId}/requests", new { })).ShouldBeOkAsync();

        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/requests/{carol.UserId}/reject", new { })).ShouldBeOkAsync();

        (await NotificationsOfAsync(carol.UserId)).ShouldHaveSingleItem().Type.ShouldBe(NotificationType.JoinRequestRejected);
        (await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/requests/pending")).ShouldBeOkAsync()).GetArrayLength().ShouldBe(0);
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/requests/{carol.UserId}/approve", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "join_request_not_found", "No pending request found for this user");
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/requests/{carol.UserId}/reject", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "join_request_not_found", "No pending request found for this user");
        // A rejected user may ask again.
        await (await PostAsync(carol, $"{CircuitsPath}/{circuitId}/requests", new { })).ShouldBeOkAsync();
    }

    [Test]
    public async Task ShouldRefuseAnApprovalWithAnUnknownRole()
    {
        var (alice, carol) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice, isPublic: true);
        await (await PostAsync(carol, $"{CircuitsPath}/{circuitId}/requests", new { })).ShouldBeOkAsync();

        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/requests/{carol.UserId}/approve", new { role = "king" }))
            .ShouldBeValidationErrorAsync("role", "Invalid role: king");
    }
}
