using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Circuits;

public sealed class CustomRoleTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldCreateARoleAndKeepEveryFieldOnReload()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);

        var created = await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/roles", new
        {
            role_name = "Inspector", permissions = new[] { "pull", "certify", "pull" }, description = "Certifies lots", color = "#00ff00",
        })).ShouldBeOkAsync();

        created.GetProperty("role_name").GetString().ShouldBe("Inspector");
        Strings(created.GetProperty("permissions")).ShouldBe(["Pull", "Certify"]);
        created.GetProperty("description").GetString().ShouldBe("Certifies lots");
        created.GetProperty("color").GetString().ShouldBe("#00ff00");
        created.GetProperty("member_count").GetInt32().ShouldBe(0);
        created.GetProperty("created_by").GetString().ShouldBe(alice.UserId);
        created.GetProperty("is_default").GetBoolean().ShouldBeFalse();
        var listed = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/roles")).ShouldBeOkAsync();
        listed.EnumerateArray().Single(r => r.GetProperty("role_name").GetString() == "Inspector").GetRawText()
            .ShouldBe(created.GetRawText());
    }

    [Test]
    public async Task ShouldRefuseADuplicateNameOrAnUnknownPermission()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        var path = $"{CircuitsPath}/{circuitId}/roles";

        await (await PostAsync(alice, path, new { role_name = "member", permissions = new[] { "Pull" }, description = "d" }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "role_exists", "Role 'member' already exists");
        await (await PostAsync(alice, path, new { role_name = "X", permissions = new[] { "fly" }, description = "d" }))
            .ShouldBeValidationErrorAsync("permissions", "Invalid permission: fly");
        await (await PostAsync(alice, path, new { permissions = new[] { "Pull" } }))
            .ShouldBeValidationErrorAsync("role_name", "role_name is required");
    }

    [Test]
    public async Task ShouldPropagateNewPermissionsToEveryMemberHoldingTheRole()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "viewer");
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/roles", new { role_name = "Lab", permissions = new[] { "Pull" }, description = "d" }))
            .ShouldBeOkAsync();
        await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}/members/{bob.UserId}", new { role = "Lab" })).ShouldBeOkAsync();

        var updated = await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/roles/Lab", new { permissions = new[] { "Pull", "Push" }, color = "#123456" }))
            .ShouldBeOkAsync();

        Strings(updated.GetProperty("permissions")).ShouldBe(["Pull", "Push"]);
        updated.GetProperty("description").GetString().ShouldBe("d");
        updated.GetProperty("color").GetString().ShouldBe("#123456");
        updated.GetProperty("member_count").GetInt32().ShouldBe(1);
        var circuit = await (await GetAsync(bob, $"{CircuitsPath}/{circuitId}")).ShouldBeOkAsync();
        Strings(MemberOf(circuit, bob.UserId).GetProperty("permissions")).ShouldBe(["Pull", "Push"]);
    }

    [Test]
    public async Task ShouldKeepTheDefaultRolesAndRolesInUse()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "viewer");
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/roles", new { role_name = "Lab", permissions = new[] { "Pull" }, description = "d" }))
            .ShouldBeOkAsync();
        await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}/members/{bob.UserId}", new { role = "Lab" })).ShouldBeOkAsync();

        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/roles/Owner", new { description = "x" }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "default_role", "Cannot update default role 'Owner'");
        await (await DeleteAsync(alice, $"{CircuitsPath}/{circuitId}/roles/Member"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "default_role", "Cannot remove default roles");
        await (await DeleteAsync(alice, $"{CircuitsPath}/{circuitId}/roles/Lab"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "role_in_use", "Cannot delete role 'Lab': it is assigned to members");
        await (await DeleteAsync(alice, $"{CircuitsPath}/{circuitId}/roles/Ghost"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "role_not_found", "Role 'Ghost' not found");
        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/roles/Lab", new { permissions = new[] { "sing" } }))
            .ShouldBeValidationErrorAsync("permissions", "Invalid permission: sing");
    }

    [Test]
    public async Task ShouldDeleteAnUnusedRole()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        await (await PostAsync(alice, $"{CircuitsPath}/{circuitId}/roles", new { role_name = "Lab", permissions = new[] { "Pull" }, description = "d" }))
            .ShouldBeOkAsync();

        var deleted = await (await DeleteAsync(alice, $"{CircuitsPath}/{circuitId}/roles/Lab")).ShouldBeOkAsync();

        deleted.GetProperty("success").GetBoolean().ShouldBeTrue();
        deleted.GetProperty("message").GetString().ShouldBe("Custom role 'Lab' deleted successfully");
        var roles = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/roles")).ShouldBeOkAsync();
        roles.EnumerateArray().Select(r => r.GetProperty("role_name").GetString()).ShouldBe(["Member", "Owner"]);
    }

    [Test]
    public async Task ShouldNotLetARoleManagerPutPermissionsTheyLackIntoARole()
    {
        var (alice, admin) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, admin, "admin");

        await (await PostAsync(admin, $"{CircuitsPath}/{circuitId}/roles", new { role_name = "Boss", permissions = new[] { "Delete" }, description = "d" }))
            .ShouldBeErrorAsync(
                HttpStatusCode.Forbidden, "permission_denied",
                "Permission denied: you cannot grant the Delete permission, which you do not hold");
    }
}
