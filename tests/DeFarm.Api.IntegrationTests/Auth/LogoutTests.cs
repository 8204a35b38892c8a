using DeFarm.Domain.Common;
using Microsoft.EntityFrameworkCore;

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
        var otherToken = await LoginForTokenOtherThanAsync(user, user.Token);

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

    [Test]
    public async Task ShouldRequireAToken()
    {
        var response = await Client.PostAsync(LogoutPath, content: null);

        await response.ShouldBeUnauthenticatedAsync();
    }
}
