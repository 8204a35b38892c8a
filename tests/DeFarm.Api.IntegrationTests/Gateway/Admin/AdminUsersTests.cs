using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Admin;

/// <summary>The admin users page (spa-contract §2.8 AD1–AD5; ADR-019): admins only, deletion is soft.</summary>
public sealed class AdminUsersTests : GatewayRecordsTestBase
{
    private const string UsersPath = GatewayApi + "/admin/users";

    [Test]
    public async Task ShouldAnswer403WithTheGatewayBodyToEveryAdminRouteForANormalUser()
    {
        var user = await RegisterAsync();
        var other = await RegisterAsync();
        var forbidden = new[]
        {
            await GetAsGatewayAsync(user, UsersPath),
            await CallAsync(user, HttpMethod.Post, UsersPath, new { email = "x@example.com", full_name = "X", password = DefaultPassword, role = "viewer" }),
            await CallAsync(user, HttpMethod.Delete, $"{UsersPath}/{other.UserId}"),
            await CallAsync(user, HttpMethod.Patch, $"{UsersPath}/{other.UserId}/role", new { role = "admin" }),
            await CallAsync(user, HttpMethod.Patch, $"{UsersPath}/{other.UserId}/status", new { is_active = false }),
            await GetAsGatewayAsync(user, GatewayApi + "/admin/canonical-identifiers/value-chain/BEEF"),
            await CallAsync(user, HttpMethod.Post, GatewayApi + "/admin/canonical-identifiers", new { value_chain = "BEEF", identifier_type = "sisbov" }),
            await CallAsync(user, HttpMethod.Patch, GatewayApi + $"/admin/canonical-identifiers/{Guid.NewGuid()}", new { is_active = false }),
            await GetAsGatewayAsync(user, GatewayApi + "/admin/adapter/stats"),
        };

        foreach (var response in forbidden)
        {
            await response.ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "admin_required");
        }

        await WithDatabaseAsync(async db => (await db.Users.SingleAsync(u => u.Id == other.UserId)).IsAdmin.ShouldBeFalse());
    }

    [Test]
    public async Task ShouldCreateAUserWithARoleWhoCanThenSignIn()
    {
        var admin = await RegisterAdminAsync();
        var response = await CallAsync(
            admin, HttpMethod.Post, UsersPath, new { email = "Ana@Example.com", full_name = "Ana Souza", password = DefaultPassword, role = "Partner" });

        var created = await ShouldBeJsonAsync(response, HttpStatusCode.Created);
        (Text(created, "email"), Text(created, "full_name"), Text(created, "role")).ShouldBe(("ana@example.com", "Ana Souza", "partner"));
        created.GetProperty("is_active").GetBoolean().ShouldBeTrue();
        ShouldBeGatewayDate(created.GetProperty("created_at"));
        var login = await Client.PostAsJsonAsync("/api/auth/login", new { username = "ana@example.com", password = DefaultPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);

        var users = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, UsersPath)), "users");
        users.Select(u => Text(u, "id")).ShouldBe([Text(created, "id"), admin.UserId]);
        Text(users[1], "role").ShouldBe("admin");
        await (await CallAsync(admin, HttpMethod.Post, UsersPath, new { email = "ana@example.com", full_name = "Ana", password = DefaultPassword, role = "viewer" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Conflict, "email_taken");
        await (await CallAsync(admin, HttpMethod.Post, UsersPath, new { email = "bia@example.com", full_name = "Bia", password = DefaultPassword, role = "owner" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await CallAsync(admin, HttpMethod.Post, UsersPath, new { email = "bia@example.com", full_name = "Bia", password = "weak", role = "viewer" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldChangeRoleAndStatusAndSoftDeleteAndAuditEachChange()
    {
        var admin = await RegisterAdminAsync();
        var user = await RegisterAsync();

        var promoted = await ShouldBeOkJsonAsync(await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/{user.UserId}/role", new { role = "ADMIN" }));
        Text(promoted, "role").ShouldBe("admin");
        await WithDatabaseAsync(async db => (await db.Users.SingleAsync(u => u.Id == user.UserId)).IsAdmin.ShouldBeTrue());
        var demoted = await ShouldBeOkJsonAsync(await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/{user.UserId}/role", new { role = "viewer" }));
        Text(demoted, "role").ShouldBe("viewer");

        var suspended = await ShouldBeOkJsonAsync(await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/{user.UserId}/status", new { is_active = false }));
        suspended.GetProperty("is_active").GetBoolean().ShouldBeFalse();
        (await Client.PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = user.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ShouldBeOkJsonAsync(await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/{user.UserId}/status", new { is_active = true })))
            .GetProperty("is_active").GetBoolean().ShouldBeTrue();

        var deleted = await CallAsync(admin, HttpMethod.Delete, $"{UsersPath}/{user.UserId}");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, UsersPath)), "users")
            .Select(u => Text(u, "id")).ShouldBe([admin.UserId]);
        (await Client.PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = user.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await WithDatabaseAsync(async db => (await db.Users.SingleAsync(u => u.Id == user.UserId)).DeletedAt.ShouldNotBeNull());
        await (await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/{user.UserId}/status", new { is_active = true }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "user_not_found");

        var audited = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, GatewayApi + "/audit")), "logs")
            .Where(l => Text(l, "resource_id") == user.UserId).Select(l => Text(l, "action")).ToList();
        audited.ShouldBe(["delete", "status_change", "status_change", "update", "update"]);
    }

    [Test]
    public async Task ShouldRefuseToChangeTheAdminsOwnAccountOrAnUnknownOne()
    {
        var admin = await RegisterAdminAsync();

        await (await CallAsync(admin, HttpMethod.Delete, $"{UsersPath}/{admin.UserId}")).ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "cannot_change_own_account");
        await (await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/{admin.UserId}/role", new { role = "viewer" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "cannot_change_own_account");
        await (await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/{admin.UserId}/status", new { is_active = false }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "cannot_change_own_account");
        await (await CallAsync(admin, HttpMethod.Delete, $"{UsersPath}/user-nobody")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "user_not_found");
        await (await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/user-nobody/role", new { role = "viewer" })).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "user_not_found");
        await (await CallAsync(admin, HttpMethod.Patch, $"{UsersPath}/{admin.UserId}/status", new { }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await WithDatabaseAsync(async db => (await db.Users.SingleAsync()).IsAdmin.ShouldBeTrue());
    }
}
