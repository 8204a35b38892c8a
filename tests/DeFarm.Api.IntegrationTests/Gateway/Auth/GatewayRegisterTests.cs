using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Auth;

/// <summary><c>POST /gateway/auth/register</c> (spa-contract §1.2, §2.1 A2): 201 and the login response.</summary>
public sealed class GatewayRegisterTests : GatewayAuthTestBase
{
    [Test]
    public async Task ShouldRegisterWith201AndAWorkingSessionAsLoginWould()
    {
        var session = await SignUpAsync("Dora.Lima@Example.com", fullName: "Dora Lima");

        var user = session.Body.GetProperty("user");
        user.GetProperty("email").GetString().ShouldBe("dora.lima@example.com");
        user.GetProperty("name").GetString().ShouldBe("Dora Lima");
        user.GetProperty("username").GetString().ShouldBe("dora.lima");
        user.GetProperty("workspace_id").GetString().ShouldBe("ana-silva-workspace");
        session.Body.GetProperty("expires_in").GetInt64().ShouldBe(900);
        (await GetAsync(session.AccessToken, ProtectedPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RefreshAsync(session.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await LoginAsync("dora.lima@example.com")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldNameTheWorkspaceAfterTheWorkspaceNameWhenNoSlugIsSentElseAfterTheUsername()
    {
        var named = await (await Client.PostAsJsonAsync($"{AuthPath}/register", new
        {
            email = "eva@example.com", password = DefaultPassword, full_name = "Eva", workspace_name = "Fazenda São João",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var bare = await (await Client.PostAsJsonAsync($"{AuthPath}/register", new
        {
            email = "fabio@example.com", password = DefaultPassword,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

        named.GetProperty("workspace_id").GetString().ShouldBe("fazenda-sao-joao-workspace");
        bare.GetProperty("workspace_id").GetString().ShouldBe("fabio-workspace");
        bare.GetProperty("user").GetProperty("name").GetString().ShouldBe("fabio");
        bare.GetProperty("user").GetProperty("full_name").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
    }

    [Test]
    public async Task ShouldDeriveAFreeUsernameWhenTheEmailsLocalPartIsTaken()
    {
        var first = await SignUpAsync("gil@example.com");
        var second = await SignUpAsync("gil@example.org");

        first.Body.GetProperty("user").GetProperty("username").GetString().ShouldBe("gil");
        second.Body.GetProperty("user").GetProperty("username").GetString()!.ShouldMatch("^gil-[0-9a-f]{8}$");
    }

    [Test]
    public async Task ShouldRefuseATakenEmailWith409AndStoreNothing()
    {
        await SignUpAsync("hugo@example.com");

        await (await Client.PostAsJsonAsync($"{AuthPath}/register", new { email = "HUGO@example.com", password = DefaultPassword }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Conflict, "email_taken");
        await WithDatabaseAsync(async db => (await db.Users.CountAsync()).ShouldBe(1));
    }

    [Test]
    public async Task ShouldRefuseAWeakPasswordOrABadEmailWith400NamingTheField()
    {
        var weak = await (await Client.PostAsJsonAsync($"{AuthPath}/register", new { email = "ines@example.com", password = "short" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        var badEmail = await (await Client.PostAsJsonAsync($"{AuthPath}/register", new { email = "not-an-email", password = DefaultPassword }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");

        weak.GetProperty("details").TryGetProperty("password", out _).ShouldBeTrue();
        badEmail.GetProperty("details").TryGetProperty("email", out _).ShouldBeTrue();
        await WithDatabaseAsync(async db => (await db.Users.CountAsync()).ShouldBe(0));
    }
}
