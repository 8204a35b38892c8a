using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Users;

namespace DeFarm.Api.IntegrationTests.Auth;

public sealed class LoginTests : AuthTestBase
{
    [Test]
    public async Task ShouldSignInWithTheRegisteredPassword()
    {
        var user = await RegisterAsync();

        var body = await (await LoginAsync(user.Username, user.Password)).ShouldBeOkAsync();

        body.PropertyNames().ShouldBe(["expires_at", "token", "user_id", "workspace_id"]);
        body.GetProperty("user_id").GetString().ShouldBe(user.UserId);
        body.GetProperty("workspace_id").GetString().ShouldBe(user.WorkspaceId);
        body.GetProperty("expires_at").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow.AddHours(24));
        await ShouldAuthenticateAsAsync(body.GetProperty("token").GetString()!, user.UserId);
    }

    [Test]
    public async Task ShouldRefuseAWrongPassword()
    {
        var user = await RegisterAsync();

        var response = await LoginAsync(user.Username, "Wr0ng#Pass");

        await response.ShouldBeInvalidCredentialsAsync();
    }

    [Test]
    public async Task ShouldRefuseAnUnknownUser()
    {
        var response = await LoginAsync("nobody", DefaultPassword);

        await response.ShouldBeInvalidCredentialsAsync();
    }

    [TestCase(AccountStatus.Suspended, "account_suspended",
        "Your account has been suspended. Please contact an administrator.")]
    [TestCase(AccountStatus.Banned, "account_banned",
        "Your account has been banned. Please contact an administrator.")]
    [TestCase(AccountStatus.PendingVerification, "account_pending_verification",
        "Your account is pending verification. Please check your email.")]
    [TestCase(AccountStatus.TrialExpired, "account_trial_expired",
        "Your trial has expired. Please upgrade your account.")]
    public async Task ShouldRefuseAnAccountThatIsNotActive(AccountStatus status, string code, string message)
    {
        var user = await RegisterAsync();
        await ChangeStatusAsync(user.UserId, status);

        var response = await LoginAsync(user.Username, user.Password);

        await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, code, message);
    }

    [Test]
    public async Task ShouldRevealTheStatusOnlyAfterThePasswordMatched()
    {
        var user = await RegisterAsync();
        await ChangeStatusAsync(user.UserId, AccountStatus.Banned);

        var response = await LoginAsync(user.Username, "Wr0ng#Pass");

        await response.ShouldBeInvalidCredentialsAsync();
    }

    [Test]
    public async Task ShouldIssueATokenWithTheClaimsOfTheOriginalPlusAUniqueId()
    {
        var user = await RegisterAsync();

        var body = await (await LoginAsync(user.Username, user.Password)).ShouldBeOkAsync();
        var token = body.GetProperty("token").GetString()!;

        AuthAssertions.JwtHeader(token).GetProperty("alg").GetString().ShouldBe("HS256");
        var payload = AuthAssertions.JwtPayload(token);
        payload.PropertyNames().ShouldBe(["exp", "jti", "user_id", "workspace_id"]);
        payload.GetProperty("jti").GetString().ShouldNotBeNullOrWhiteSpace();
        payload.GetProperty("user_id").GetString().ShouldBe(user.UserId);
        payload.GetProperty("workspace_id").GetString().ShouldBe(user.WorkspaceId);
        payload.GetProperty("exp").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow.AddHours(24));
        payload.GetProperty("exp").GetInt64().ShouldBe(body.GetProperty("expires_at").GetInt64());
    }

    [Test]
    public async Task ShouldRequireAUsernameAndAPassword()
    {
        var response = await PostJsonAsync(LoginPath, new { });

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        body.GetProperty("errors").PropertyNames().ShouldBe(["password", "username"]);
    }
}
