using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Auth;

/// <summary>
/// <c>POST /gateway/auth/refresh</c> (spa-contract §1.2, §2.1 A3): rotation, reuse detection, parallel refreshes
/// of one client, and the 401 → refresh → retry loop of the front end, whose 401s must carry CORS headers.
/// </summary>
public sealed class GatewayRefreshTests : GatewayAuthTestBase
{
    [Test]
    public async Task ShouldRotateTheRefreshTokenAndHandOutAWorkingAccessToken()
    {
        var session = await SignUpAsync();

        var body = await (await RefreshAsync(session.RefreshToken)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var refreshed = GatewaySession.From(body);
        refreshed.RefreshToken.ShouldNotBe(session.RefreshToken);
        refreshed.AccessToken.ShouldNotBe(session.AccessToken);
        refreshed.UserId.ShouldBe(session.UserId);
        body.GetProperty("expires_in").GetInt64().ShouldBe(900);
        (await GetAsync(refreshed.AccessToken, ProtectedPath)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RefreshAsync(refreshed.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldRefreshWithAValidAnInvalidOrNoBearerHeader()
    {
        var session = await SignUpAsync();

        var withValid = await Client.SendAsync(FromFrontEnd(
            HttpMethod.Post, $"{AuthPath}/refresh", session.AccessToken, new { refresh_token = session.RefreshToken }));
        var next = GatewaySession.From(await withValid.ShouldBeJsonAsync(HttpStatusCode.OK));
        var withGarbage = await Client.SendAsync(FromFrontEnd(
            HttpMethod.Post, $"{AuthPath}/refresh", "not-a-jwt", new { refresh_token = next.RefreshToken }));
        var last = GatewaySession.From(await withGarbage.ShouldBeJsonAsync(HttpStatusCode.OK));

        (await RefreshAsync(last.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldStoreOnlyTheHashOfRefreshTokens()
    {
        var session = await SignUpAsync();

        await WithDatabaseAsync(async db =>
        {
            var hashes = await db.SessionRefreshTokens.Select(t => t.TokenHash).ToListAsync();
            hashes.ShouldBe([Blake3Hash.Hex(session.RefreshToken)]);
        });
    }

    [Test]
    public async Task ShouldEndTheWholeFamilyWhenAnExchangedTokenIsUsedAfterTheGrace()
    {
        var stolen = await SignUpAsync();
        var current = GatewaySession.From(await (await RefreshAsync(stolen.RefreshToken)).ShouldBeJsonAsync(HttpStatusCode.OK));
        await WithDatabaseAsync(db => db.SessionRefreshTokens
            .Where(t => t.TokenHash == Blake3Hash.Hex(stolen.RefreshToken))
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RotatedAt, DateTimeOffset.UtcNow.AddMinutes(-5))));

        await (await RefreshAsync(stolen.RefreshToken)).ShouldBeGatewayErrorAsync(
            HttpStatusCode.Unauthorized, "refresh_token_reused");

        await (await RefreshAsync(current.RefreshToken)).ShouldBeGatewayErrorAsync(
            HttpStatusCode.Unauthorized, "invalid_refresh_token");
        await WithDatabaseAsync(async db =>
            (await db.SignInSessions.SingleAsync()).EndReason.ShouldBe(Domain.Users.SessionEndReason.TokenReused));
    }

    [Test]
    public async Task ShouldLetParallelRequestsOfOneClientAllRefreshWithTheTokenTheyHold()
    {
        var session = await SignUpAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => RefreshAsync(session.RefreshToken)));

        var refreshed = new List<GatewaySession>();
        foreach (var response in responses)
        {
            refreshed.Add(GatewaySession.From(await response.ShouldBeJsonAsync(HttpStatusCode.OK)));
        }

        refreshed.Select(s => s.RefreshToken).Distinct().Count().ShouldBe(5);
        foreach (var next in refreshed)
        {
            (await RefreshAsync(next.RefreshToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Test]
    public async Task ShouldRefuseAnUnknownOrMissingRefreshTokenWithCorsHeaders()
    {
        var unknown = await Client.SendAsync(FromFrontEnd(
            HttpMethod.Post, $"{AuthPath}/refresh", body: new { refresh_token = "no-such-token" }));
        var missing = await Client.SendAsync(FromFrontEnd(HttpMethod.Post, $"{AuthPath}/refresh", body: new { }));

        await unknown.ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "invalid_refresh_token");
        unknown.ShouldAllowTheFrontEndOrigin();
        await missing.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldRefuseTheRefreshOfABannedAccount()
    {
        var session = await SignUpAsync();
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE user_accounts SET status = 'Banned' WHERE user_id = {session.UserId}"));

        await (await RefreshAsync(session.RefreshToken)).ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task ShouldAnswerAnInvalidAccessTokenOnAProtectedGatewayRouteWith401AndCorsHeaders()
    {
        var response = await Client.SendAsync(FromFrontEnd(HttpMethod.Get, ProtectedPath, "not-a-jwt"));

        await response.ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "invalid_token");
        response.ShouldAllowTheFrontEndOrigin();
    }

    /// <summary>The front end's loop: a call with an expired access token, a refresh, the call again.</summary>
    [Test]
    public async Task ShouldLetTheFrontEndRecoverFromAnExpiredAccessTokenByRefreshing()
    {
        // Access tokens that expired two minutes before they were issued, past the 60-second clock skew.
        await using var expiring = Api.WithWebHostBuilder(builder => builder.UseSetting("Gateway:AccessTokenMinutes", "-2"));
        using var client = expiring.CreateClient();
        var session = await SignUpAsync(via: client);

        var expired = await client.SendAsync(FromFrontEnd(HttpMethod.Get, ProtectedPath, session.AccessToken));
        await expired.ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "invalid_token");
        expired.ShouldAllowTheFrontEndOrigin();

        var refreshed = GatewaySession.From(
            await (await RefreshAsync(session.RefreshToken, client)).ShouldBeJsonAsync(HttpStatusCode.OK));
        refreshed.RefreshToken.ShouldNotBe(session.RefreshToken);
    }
}
