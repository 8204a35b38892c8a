using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>Read, list, update, deactivate, visibility toggle and member circuits.</summary>
public sealed class CircuitLifecycleTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldListTheCallersCircuitsAndThePublicOnesNewestFirst()
    {
        var (alice, bob, carol) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        var own = await CreateCircuitIdAsync(alice);
        var joined = await CreateCircuitIdAsync(bob);
        await AddMemberAsync(bob, joined, alice, "viewer");
        var publicOne = await CreateCircuitIdAsync(carol, isPublic: true);
        await CreateCircuitIdAsync(carol);

        var all = await (await GetAsync(alice, $"{CircuitsPath}?user_id={carol.UserId}")).ShouldBeOkAsync();
        var alias = await (await GetAsync(alice, $"{CircuitsPath}/list")).ShouldBeOkAsync();
        var membersOnly = await (await GetAsync(alice, $"{CircuitsPath}?include_public=false")).ShouldBeOkAsync();

        all.EnumerateArray().Select(IdOf).ShouldBe([publicOne, joined, own]);
        alias.GetRawText().ShouldBe(all.GetRawText());
        membersOnly.EnumerateArray().Select(IdOf).ShouldBe([joined, own]);
    }

    [Test]
    public async Task ShouldFilterTheListByStatusIgnoringCaseAndUnknownStatuses()
    {
        var alice = await RegisterAsync();
        var active = await CreateCircuitIdAsync(alice);
        var inactive = await CreateCircuitIdAsync(alice);
        await (await PutAsync(alice, $"{CircuitsPath}/{inactive}/deactivate", new { })).ShouldBeOkAsync();

        (await (await GetAsync(alice, $"{CircuitsPath}?status=inactive")).ShouldBeOkAsync()).EnumerateArray().Select(IdOf)
            .ShouldBe([inactive]);
        (await (await GetAsync(alice, $"{CircuitsPath}?status=ACTIVE")).ShouldBeOkAsync()).EnumerateArray().Select(IdOf)
            .ShouldBe([active]);
        (await (await GetAsync(alice, $"{CircuitsPath}?status=sleeping")).ShouldBeOkAsync()).GetArrayLength().ShouldBe(2);
        await (await GetAsync(alice, $"{CircuitsPath}?limit=0")).ShouldBeValidationErrorAsync("limit", "limit must be between 1 and 1000");
    }

    [Test]
    public async Task ShouldHideAPrivateCircuitFromStrangersButShowAPublicOne()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var privateId = await CreateCircuitIdAsync(alice);
        var publicId = await CreateCircuitIdAsync(alice, isPublic: true);

        await (await GetAsync(bob, $"{CircuitsPath}/{privateId}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "circuit_not_found", "Circuit not found");
        (await (await GetAsync(bob, $"{CircuitsPath}/{publicId}")).ShouldBeOkAsync()).GetProperty("name").GetString().ShouldNotBeNull();
        await (await GetAsync(bob, $"{CircuitsPath}/nope")).ShouldBeValidationErrorAsync("id", "Invalid circuit ID format");
    }

    [Test]
    public async Task ShouldUpdateOnlyWhatIsGivenWithPatchAndPut()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);

        var patched = await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}", new
        {
            description = "New", permissions = new { require_approval_for_pull = true },
        })).ShouldBeOkAsync();
        var put = await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}", new { name = "Renamed", approver_id = "x" }))
            .ShouldBeOkAsync();

        patched.GetProperty("description").GetString().ShouldBe("New");
        patched.GetProperty("permissions").GetProperty("require_approval_for_pull").GetBoolean().ShouldBeTrue();
        patched.GetProperty("permissions").GetProperty("require_approval_for_push").GetBoolean().ShouldBeFalse();
        put.GetProperty("name").GetString().ShouldBe("Renamed");
        put.GetProperty("description").GetString().ShouldBe("New");
        put.GetProperty("permissions").GetProperty("require_approval_for_pull").GetBoolean().ShouldBeTrue();
        await (await PatchAsync(alice, $"{CircuitsPath}/{circuitId}", new { name = "" }))
            .ShouldBeValidationErrorAsync("name", "name is required");
    }

    [Test]
    public async Task ShouldRefuseAnUpdateWithoutManagePermissions()
    {
        var (alice, admin) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, admin, "admin");

        await (await PatchAsync(admin, $"{CircuitsPath}/{circuitId}", new { name = "Mine" })).ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "permission_denied", "Permission denied: updating the circuit needs the ManagePermissions permission");
        await (await PutAsync(admin, $"{CircuitsPath}/{circuitId}/deactivate", new { })).ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "permission_denied", "Permission denied: deactivating the circuit needs the ManagePermissions permission");
    }

    [Test]
    public async Task ShouldDeactivateACircuit()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);

        var circuit = await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/deactivate", new { })).ShouldBeOkAsync();

        circuit.GetProperty("status").GetString().ShouldBe("Inactive");
    }

    [Test]
    public async Task ShouldToggleVisibilityForTheOwnerAndAdminsOnly()
    {
        var (alice, admin, member) = (await RegisterAsync(), await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, admin, "admin");
        await AddMemberAsync(alice, circuitId, member, "member");

        var toggled = await (await PutAsync(admin, $"{CircuitsPath}/{circuitId}/visibility/toggle", new { })).ShouldBeOkAsync();
        var back = await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/visibility/toggle", new { })).ShouldBeOkAsync();

        toggled.GetProperty("success").GetBoolean().ShouldBeTrue();
        toggled.GetProperty("circuit_id").GetString().ShouldBe(circuitId);
        toggled.GetProperty("visibility").GetString().ShouldBe("public");
        toggled.GetProperty("allow_public_visibility").GetBoolean().ShouldBeTrue();
        back.GetProperty("visibility").GetString().ShouldBe("private");
        await (await PutAsync(member, $"{CircuitsPath}/{circuitId}/visibility/toggle", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "permission_denied", "Only circuit owner or admin can toggle visibility");
    }

    [Test]
    public async Task ShouldListTheCircuitsOfAMemberToThatMemberOnly()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var own = await CreateCircuitIdAsync(alice);
        var joined = await CreateCircuitIdAsync(bob);
        await AddMemberAsync(bob, joined, alice, "member");
        await CreateCircuitIdAsync(bob, isPublic: true);

        var mine = await (await GetAsync(alice, $"{CircuitsPath}/member/{alice.UserId}")).ShouldBeOkAsync();

        mine.EnumerateArray().Select(IdOf).ShouldBe([joined, own]);
        await (await GetAsync(bob, $"{CircuitsPath}/member/{alice.UserId}")).ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "forbidden", "Only that user may list the circuits they belong to");
    }
}
