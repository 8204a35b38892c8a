using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Auth;

/// <summary><c>POST /gateway/auth/logout</c> (spa-contract §1.2, §2.1 A4): 204, the session ended, the bearer revoked.</summary>
public sealed class GatewayLogoutTests : GatewayAuthTestBase
{
    [Test]
    public async Task ShouldEndTheSessionAndRevokeTheAccessTokenWith204()
    {
        var session = await SignUpAsync();
        var other = GatewaySession.From(await (await LoginAsync(session.Email)).ShouldBeJsonAsync(HttpStatusCode.OK));

        var response = await Client.SendAsync(FromFrontEnd(
            HttpMethod.Post, $"{AuthPath}/logout", session.AccessToken, new { refresh_token = session.RefreshToken }));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await RefreshAsync(session.RefreshToken)).ShouldBeGatewayErrorAsync(
            HttpStatusCode.Unauthorized, "invalid_refresh_token");
        await (await GetAsync(session.AccessToken, ProtectedPath)).ShouldBeGatewayErrorAsync(
            HttpStatusCode.Unauthorized, "invalid_token");
        (await RefreshAsync(other.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await GetAsync(other.AccessToken, ProtectedPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldEndTheSessionWithTheRefreshTokenAloneOnceTheAccessTokenExpired()
    {
        var session = await SignUpAsync();

        var response = await Client.SendAsync(FromFrontEnd(
            HttpMethod.Post, $"{AuthPath}/logout", "expired-or-garbage", new { refresh_token = session.RefreshToken }));

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await RefreshAsync(session.RefreshToken)).ShouldBeGatewayErrorAsync(
            HttpStatusCode.Unauthorized, "invalid_refresh_token");
    }

    [Test]
    public async Task ShouldRevokeTheBearerWhenTheRefreshTokenIsNullOrTheBodyEmpty()
    {
        var first = await SignUpAsync();
        var second = GatewaySession.From(await (await LoginAsync(first.Email)).ShouldBeJsonAsync(HttpStatusCode.OK));

        var withNull = await Client.SendAsync(FromFrontEnd(
            HttpMethod.Post, $"{AuthPath}/logout", first.AccessToken, new { refresh_token = (string?)null }));
        var bodyless = FromFrontEnd(HttpMethod.Post, $"{AuthPath}/logout", second.AccessToken);
        bodyless.Content = new StringContent(string.Empty, System.Text.Encoding.UTF8, "application/json");
        var withoutBody = await Client.SendAsync(bodyless);

        withNull.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        withoutBody.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await GetAsync(first.AccessToken, ProtectedPath)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await GetAsync(second.AccessToken, ProtectedPath)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldAnswer401WithNeitherAValidBearerNorAKnownRefreshToken()
    {
        var response = await Client.SendAsync(FromFrontEnd(
            HttpMethod.Post, $"{AuthPath}/logout", body: new { refresh_token = "unknown" }));

        await response.ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        response.ShouldAllowTheFrontEndOrigin();
    }
}
