using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Auth;

public sealed class ResetPasswordTests : AuthTestBase
{
    private const string NewPassword = "NewPass#123";
    private const string InvalidOrExpired = "Invalid or expired password reset token";
    private const string Malformed = "Invalid password reset token";

    [Test]
    public async Task ShouldReplaceThePassword()
    {
        var user = await RegisterAsync();
        var token = await RequestPasswordResetAsync(user);

        var body = await (await ResetAsync(token, NewPassword)).ShouldBeOkAsync();

        body.GetProperty("message").GetString()
            .ShouldBe("Password reset successful. You can now log in with your new password.");
        await LoginForTokenAsync(user.Username, NewPassword);
        await (await LoginAsync(user.Username, user.Password)).ShouldBeInvalidCredentialsAsync();
    }

    [Test]
    public async Task ShouldAcceptATokenOnlyOnce()
    {
        var user = await RegisterAsync();
        var token = await RequestPasswordResetAsync(user);
        await (await ResetAsync(token, NewPassword)).ShouldBeOkAsync();

        var response = await ResetAsync(token, "Another#Pass1");

        await response.ShouldBeValidationErrorAsync("token", InvalidOrExpired);
        await LoginForTokenAsync(user.Username, NewPassword);
    }

    [Test]
    public async Task ShouldAcceptATokenOnlyOnceEvenForConcurrentRequests()
    {
        var user = await RegisterAsync();
        var token = await RequestPasswordResetAsync(user);
        string[] passwords = ["First#Pass1", "Second#Pass2"];

        var responses = await Task.WhenAll(passwords.Select(password => ResetAsync(token, password)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        await responses.Single(r => r.StatusCode != HttpStatusCode.OK).ShouldBeErrorAsync(
            HttpStatusCode.BadRequest, "validation_failed", "Invalid or expired password reset token");
        var winner = passwords[Array.FindIndex(responses, r => r.StatusCode == HttpStatusCode.OK)];
        var loser = passwords.Single(p => p != winner);
        await LoginForTokenAsync(user.Username, winner);
        await (await LoginAsync(user.Username, loser)).ShouldBeInvalidCredentialsAsync();
    }

    [Test]
    public async Task ShouldRefuseAnExpiredToken()
    {
        var user = await RegisterAsync();
        var token = await RequestPasswordResetAsync(user);
        await WithDatabaseAsync(db => db.PasswordResetTokens.ExecuteUpdateAsync(
            set => set.SetProperty(t => t.ExpiresAt, DateTimeOffset.UtcNow.AddMinutes(-1))));

        var response = await ResetAsync(token, NewPassword);

        await response.ShouldBeValidationErrorAsync("token", InvalidOrExpired);
        await LoginForTokenAsync(user.Username, user.Password);
    }

    [Test]
    public async Task ShouldRefuseAWellFormedTokenThatWasNeverIssued()
    {
        var response = await ResetAsync(new string('a', 64), NewPassword);

        await response.ShouldBeValidationErrorAsync("token", InvalidOrExpired);
    }

    [TestCase("zz0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcd")]
    [TestCase("abcdef")]
    [TestCase("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef00")]
    public async Task ShouldRefuseATokenThatIsNot64HexDigits(string token)
    {
        var response = await ResetAsync(token, NewPassword);

        await response.ShouldBeValidationErrorAsync("token", Malformed);
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task ShouldRequireAToken(string token)
    {
        var response = await ResetAsync(token, NewPassword);

        await response.ShouldBeValidationErrorAsync("token", "Reset token is required");
    }

    [Test]
    public async Task ShouldRefuseAWeakNewPasswordAndKeepTheToken()
    {
        var user = await RegisterAsync();
        var token = await RequestPasswordResetAsync(user);

        var response = await ResetAsync(token, "weakpass");

        await response.ShouldBeValidationErrorAsync("new_password", "Password must contain at least one uppercase letter");
        await (await ResetAsync(token, NewPassword)).ShouldBeOkAsync();
    }

    [Test]
    public async Task ShouldTrimTheNewPassword()
    {
        var user = await RegisterAsync();
        var token = await RequestPasswordResetAsync(user);

        await (await ResetAsync(token, $"  {NewPassword}  ")).ShouldBeOkAsync();

        await LoginForTokenAsync(user.Username, NewPassword);
    }

    [Test]
    public async Task ShouldCheckTheComplexityOfTheTrimmedPassword()
    {
        var user = await RegisterAsync();
        var token = await RequestPasswordResetAsync(user);

        // Ten characters with the spaces, six without.
        var response = await ResetAsync(token, "  Ab1#cd  ");

        await response.ShouldBeValidationErrorAsync("new_password", "Password must be at least 8 characters long");
    }

    private Task<HttpResponseMessage> ResetAsync(string token, string newPassword) =>
        PostJsonAsync(ResetPasswordPath, new { token, new_password = newPassword });
}
