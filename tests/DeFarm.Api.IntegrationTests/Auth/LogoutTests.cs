using System.Net.Http.Json;
using DeFarm.Domain.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Auth;

public sealed class LogoutTests : AuthTestBase
{
    private const string Revoked = "token has been revoked";

    [Test]
    public async Task ShouldConfirmTheLogout()
    {
        var user = await RegisterAsync();

        var body = await (await PostWithTokenAsync(LogoutPath, user.Token)).ShouldBeOkAsync();

        body.PropertyNames().ShouldBe(["message"]);
        body.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Test]
    public async Task ShouldRefuseTheTokenAfterwards()
    {
        var user = await RegisterAsync();
        await (await PostWithTokenAsync(LogoutPath, user.Token)).ShouldBeOkAsync();

        await (await GetWithTokenAsync(ProfilePath, user.Token)).ShouldBeInvalidTokenAsync(Revoked);
        await (await PostWithTokenAsync(RefreshPath, user.Token)).ShouldBeInvalidTokenAsync(Revoked);
        await (await PostWithTokenAsync(LogoutPath, user.Token)).ShouldBeInvalidTokenAsync(Revoked);
    }

    [Test]
    public async Task ShouldKeepTheUsersOtherTokensValid()
    {
        var user = await RegisterAsync();
        var otherToken = await LoginForTokenAsync(user.Username, user.Password);
        otherToken.ShouldNotBe(user.Token);

        await (await PostWithTokenAsync(LogoutPath, user.Token)).ShouldBeOkAsync();

        await ShouldAuthenticateAsAsync(otherToken, user.UserId);
    }

    [Test]
    public async Task ShouldPersistTheRevocationByHashUntilTheTokenExpires()
    {
        var user = await RegisterAsync();

        await (await PostWithTokenAsync(LogoutPath, user.Token)).ShouldBeOkAsync();

        await WithDatabaseAsync(async db =>
        {
            var revocation = await db.RevokedAccessTokens.AsNoTracking().SingleAsync();
            revocation.TokenHash.ShouldBe(Blake3Hash.Hex(user.Token));
            revocation.UserId.ShouldBe(user.UserId);
            revocation.ExpiresAt.ToUnixTimeSeconds().ShouldBe(AuthAssertions.JwtPayload(user.Token).GetProperty("exp").GetInt64());
            revocation.RevokedAt.ShouldBeInRange(
                DateTimeOffset.UtcNow - AuthAssertions.Tolerance, DateTimeOffset.UtcNow + AuthAssertions.Tolerance);
        });
    }

    /// <summary>
    /// Signing out and straight back in, as a script or a "switch account" button does. A second host with a
    /// frozen clock puts both sign-ins in the same second deterministically; on the real clock that happens
    /// whenever they are less than a second apart.
    /// </summary>
    [Test]
    public async Task ShouldIssueAUsableTokenWhenSigningInAgainWithinTheSecondOfTheLogout()
    {
        await using var api = Api.WithWebHostBuilder(host => host
            .UseSetting("Seed:DemoUsers", "false")
            .ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FrozenClock(DateTimeOffset.UtcNow))));
        using var client = api.CreateClient();
        var alice = new { username = "alice", email = "alice@example.com", password = DefaultPassword };
        var first = await (await client.PostAsJsonAsync(RegisterPath, alice)).ShouldIssueTokenAsync();
        await (await SendWithTokenAsync(client, HttpMethod.Post, LogoutPath, first)).ShouldBeOkAsync();

        var second = await (await client.PostAsJsonAsync(LoginPath, alice)).ShouldIssueTokenAsync();

        await (await SendWithTokenAsync(client, HttpMethod.Get, ProfilePath, second)).ShouldBeOkAsync();
    }

    [Test]
    public async Task ShouldRequireAToken()
    {
        var response = await Client.PostAsync(LogoutPath, content: null);

        await response.ShouldBeUnauthenticatedAsync();
    }

    private static async Task<HttpResponseMessage> SendWithTokenAsync(
        HttpClient client, HttpMethod method, string path, string token)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new("Bearer", token);
        return await client.SendAsync(request);
    }

    private sealed class FrozenClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
