using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Application.Users.Commands.SeedDemoUsers;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DeFarm.Api.IntegrationTests.Gateway.Auth;

/// <summary><c>POST /gateway/auth/login</c> (spa-contract §1.2, §2.1 A1, §3.4).</summary>
public sealed class GatewayLoginTests : GatewayAuthTestBase
{
    [Test]
    public async Task ShouldSignASeededDemoUserInByEmail()
    {
        await SendAsync<int>(new SeedDemoUsersCommand());

        var body = await (await LoginAsync("pullet@defarm.io", "demo123")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var user = body.GetProperty("user");
        user.GetProperty("id").GetString().ShouldBe("pullet-user-001");
        user.GetProperty("email").GetString().ShouldBe("pullet@defarm.io");
        user.GetProperty("name").GetString().ShouldBe("pullet");
        user.GetProperty("workspace_id").GetString().ShouldBe("pullet-workspace");
        user.GetProperty("workspace_slug").GetString().ShouldBe("pullet");
        user.GetProperty("workspace").GetProperty("tier").GetString().ShouldBe("professional");
        user.GetProperty("is_admin").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task ShouldSignInByUsernameTooAndIgnoreTheLetterCaseOfAnEmail()
    {
        await SendAsync<int>(new SeedDemoUsersCommand());

        (await (await LoginAsync("hen", "demo123")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("user").GetProperty("is_admin").GetBoolean().ShouldBeTrue();
        (await (await LoginAsync("  HEN@DeFarm.com ", "demo123")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("user_id").GetString().ShouldBe("hen-admin-001");
    }

    [Test]
    public async Task ShouldAnswerTheAuthResponseSupersetWithAShortLivedAccessToken()
    {
        var signedUp = await SignUpAsync("ana@example.com");

        var body = await (await LoginAsync("ana@example.com")).ShouldBeJsonAsync(HttpStatusCode.OK);

        body.GetProperty("token_type").GetString().ShouldBe("Bearer");
        body.GetProperty("expires_in").GetInt64().ShouldBe(900);
        body.GetProperty("refresh_token").GetString().ShouldNotBe(signedUp.RefreshToken);
        body.GetProperty("user_id").GetString().ShouldBe(signedUp.UserId);
        body.GetProperty("workspace_id").GetString().ShouldBe("ana-silva-workspace");
        var user = body.GetProperty("user");
        user.GetProperty("name").GetString().ShouldBe("Ana Silva");
        user.GetProperty("full_name").GetString().ShouldBe("Ana Silva");
        user.GetProperty("is_active").GetBoolean().ShouldBeTrue();
        user.GetProperty("role").GetString().ShouldBe("owner");
        var workspace = user.GetProperty("workspace");
        workspace.GetProperty("id").GetString().ShouldBe("ana-silva-workspace");
        workspace.GetProperty("slug").GetString().ShouldBe("ana-silva");
        workspace.GetProperty("role").GetString().ShouldBe("owner");
        var expiresAt = new JsonWebToken(body.GetProperty("access_token").GetString()).ValidTo;
        (expiresAt - DateTime.UtcNow).ShouldBeInRange(TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        (await GetAsync(body.GetProperty("access_token").GetString()!, ProtectedPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldRefuseAWrongPasswordOrAnUnknownAccountAlikeWithTheGatewayBody()
    {
        await SignUpAsync("bruno@example.com");

        await (await LoginAsync("bruno@example.com", "Wr0ng#Pass")).ShouldBeGatewayErrorAsync(
            HttpStatusCode.Unauthorized, "invalid_credentials");
        await (await LoginAsync("nobody@example.com")).ShouldBeGatewayErrorAsync(
            HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Test]
    public async Task ShouldAnswerAMissingEmailWithAValidationErrorNamingTheField()
    {
        var body = await (await Client.PostAsJsonAsync($"{AuthPath}/login", new { password = DefaultPassword }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");

        body.GetProperty("details").GetProperty("email").EnumerateArray().Single().GetString().ShouldBe("Email is required");
    }

    [Test]
    public async Task ShouldRefuseABannedAccountWith403AfterThePasswordMatched()
    {
        var carla = await SignUpAsync("carla@example.com");
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE user_accounts SET status = {AccountStatus.Banned.ToString()} WHERE user_id = {carla.UserId}"));

        await (await LoginAsync("carla@example.com")).ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden);
    }
}
