using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Users;

namespace DeFarm.Api.IntegrationTests.Auth;

public sealed class RefreshTokenTests : AuthTestBase
{
    [Test]
    public async Task ShouldIssueAWorkingTokenForTheSameUser()
    {
        var user = await RegisterAsync();
        var refreshedAt = DateTimeOffset.UtcNow;

        var body = await (await PostWithTokenAsync(RefreshPath, user.Token)).ShouldBeOkAsync();

        body.GetProperty("user_id").GetString().ShouldBe(user.UserId);
        body.GetProperty("workspace_id").GetString().ShouldBe(user.WorkspaceId);
        var refreshed = body.GetProperty("token").GetString()!;
        var expiresAt = body.GetProperty("expires_at").GetInt64();
        AuthAssertions.JwtPayload(refreshed).GetProperty("exp").GetInt64().ShouldBe(expiresAt);
        expiresAt.ShouldBeAbout(DateTimeOffset.UtcNow.AddHours(24));
        // A new 24 hours from the refresh, not the remainder of the old token's lifetime.
        expiresAt.ShouldBeGreaterThanOrEqualTo(refreshedAt.AddHours(24).ToUnixTimeSeconds());
        await ShouldAuthenticateAsAsync(refreshed, user.UserId);
    }

    [Test]
    public async Task ShouldRequireAToken()
    {
        var response = await Client.PostAsync(RefreshPath, content: null);

        await response.ShouldBeUnauthenticatedAsync();
    }

    [Test]
    public async Task ShouldRefuseToRefreshTheTokenOfASuspendedAccount()
    {
        var user = await RegisterAsync();
        await ChangeStatusAsync(user.UserId, AccountStatus.Suspended);

        var response = await PostWithTokenAsync(RefreshPath, user.Token);

        await response.ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "account_suspended", "Your account has been suspended. Please contact an administrator.");
    }

    [Test]
    public async Task ShouldAnswerNotFoundWhenTheUserWasDeletedAfterSigningIn()
    {
        var user = await RegisterAsync();
        await DeleteUserAsync(user.UserId);

        var response = await PostWithTokenAsync(RefreshPath, user.Token);

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "user_not_found", "User not found");
    }
}
