using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Infrastructure.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DeFarm.Api.IntegrationTests.Auth;

/// <summary><c>GET /api/auth/profile</c>, and through it how bearer tokens are checked.</summary>
public sealed class ProfileTests : AuthTestBase
{
    [Test]
    public async Task ShouldDescribeTheSignedInUser()
    {
        var user = await RegisterAsync();

        var body = await (await GetWithTokenAsync(ProfilePath, user.Token)).ShouldBeOkAsync();

        body.PropertyNames().ShouldBe(["created_at", "email", "user_id", "username", "workspace_id"]);
        body.GetProperty("user_id").GetString().ShouldBe(user.UserId);
        body.GetProperty("username").GetString().ShouldBe(user.Username);
        body.GetProperty("email").GetString().ShouldBe(user.Email);
        body.GetProperty("workspace_id").GetString().ShouldBe(user.WorkspaceId);
        body.GetProperty("created_at").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow);
    }

    [Test]
    public async Task ShouldRequireAToken()
    {
        var response = await Client.GetAsync(ProfilePath);

        await response.ShouldBeUnauthenticatedAsync();
    }

    [Test]
    public async Task ShouldRefuseATokenWhosePayloadWasEdited()
    {
        var user = await RegisterAsync();
        var payload = AuthAssertions.JwtPayload(user.Token);
        var forged = AuthAssertions.WithPayload(user.Token, new
        {
            user_id = "someone-else",
            workspace_id = user.WorkspaceId,
            exp = payload.GetProperty("exp").GetInt64(),
        });

        var response = await GetWithTokenAsync(ProfilePath, forged);

        await response.ShouldBeInvalidTokenAsync("invalid signature");
    }

    [Test]
    public async Task ShouldRefuseAGarbageToken()
    {
        var response = await GetWithTokenAsync(ProfilePath, "this-is-not-a-jwt");

        await response.ShouldBeInvalidTokenAsync("malformed token");
    }

    [Test]
    public async Task ShouldRefuseAnExpiredToken()
    {
        var user = await RegisterAsync();
        var expired = SignToken(user, expiresAt: DateTimeOffset.UtcNow.AddMinutes(-5));

        var response = await GetWithTokenAsync(ProfilePath, expired);

        await response.ShouldBeInvalidTokenAsync("token has expired");
    }

    [Test]
    public async Task ShouldAnswerNotFoundWhenTheUserWasDeletedAfterSigningIn()
    {
        var user = await RegisterAsync();
        await DeleteUserAsync(user.UserId);

        var response = await GetWithTokenAsync(ProfilePath, user.Token);

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "user_not_found", "User not found");
    }

    /// <summary>A token with the API's own key, claims and algorithm, but the given expiry.</summary>
    private static string SignToken(RegisteredUser user, DateTimeOffset expiresAt)
    {
        var settings = Api.Services.GetRequiredService<JwtSettings>();
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Claims = new Dictionary<string, object>
            {
                [JwtSettings.UserIdClaim] = user.UserId,
                [JwtSettings.WorkspaceIdClaim] = user.WorkspaceId,
            },
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(settings.SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
