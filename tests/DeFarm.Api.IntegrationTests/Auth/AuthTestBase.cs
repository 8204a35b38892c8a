using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Auth;

/// <summary>The requests and database arrangements the account and sign-in tests share.</summary>
public abstract partial class AuthTestBase : ApiTestBase
{
    protected const string RegisterPath = "/api/auth/register";
    protected const string LoginPath = "/api/auth/login";
    protected const string ProfilePath = "/api/auth/profile";
    protected const string RefreshPath = "/api/auth/refresh";
    protected const string LogoutPath = "/api/auth/logout";
    protected const string ForgotPasswordPath = "/api/auth/forgot-password";
    protected const string ResetPasswordPath = "/api/auth/reset-password";

    /// <summary>POSTs <paramref name="body"/> as JSON, without credentials.</summary>
    protected Task<HttpResponseMessage> PostJsonAsync(string path, object body) => Client.PostAsJsonAsync(path, body);

    protected Task<HttpResponseMessage> LoginAsync(string username, string password) =>
        PostJsonAsync(LoginPath, new { username, password });

    /// <summary>Signs in, asserting success, and returns the issued token.</summary>
    protected async Task<string> LoginForTokenAsync(string username, string password) =>
        await (await LoginAsync(username, password)).ShouldIssueTokenAsync();

    protected static async Task<HttpResponseMessage> GetWithTokenAsync(string path, string token)
    {
        using var client = ClientWithToken(token);
        return await client.GetAsync(path);
    }

    protected static async Task<HttpResponseMessage> PostWithTokenAsync(string path, string token)
    {
        using var client = ClientWithToken(token);
        return await client.PostAsync(path, content: null);
    }

    /// <summary>Asserts that the API accepts <paramref name="token"/> as a credential of <paramref name="userId"/>.</summary>
    protected static async Task ShouldAuthenticateAsAsync(string token, string userId)
    {
        var profile = await (await GetWithTokenAsync(ProfilePath, token)).ShouldBeOkAsync();
        profile.GetProperty("user_id").GetString().ShouldBe(userId);
    }

    /// <summary>Asks for a reset link for <paramref name="user"/> by email and returns the token it carries.</summary>
    protected async Task<string> RequestPasswordResetAsync(RegisteredUser user)
    {
        await (await PostJsonAsync(ForgotPasswordPath, new { email = user.Email })).ShouldBeOkAsync();
        return ResetTokenIn(Api.Emails.Sent.ShouldHaveSingleItem(), user.Email);
    }

    /// <summary>The token of the reset link in <paramref name="mail"/>, which must be addressed to <paramref name="to"/>.</summary>
    protected static string ResetTokenIn(EmailMessage mail, string to)
    {
        mail.To.ShouldBe(to);
        var link = ResetLink().Match(mail.TextBody);
        link.Success.ShouldBeTrue($"No reset link with a 64-hex-digit token in: {mail.TextBody}");
        return link.Groups["token"].Value;
    }

    /// <summary>Sets the account's status the way an administrator would, through the domain method.</summary>
    protected static Task ChangeStatusAsync(string userId, AccountStatus status) =>
        WithDatabaseAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            user.ChangeStatus(status, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

    /// <summary>Deletes the account (and, by cascade, its credit history) behind the API's back.</summary>
    protected static Task DeleteUserAsync(string userId) =>
        WithDatabaseAsync(db => db.Users.Where(u => u.Id == userId).ExecuteDeleteAsync());

    protected static async Task<UserAccount> LoadUserAsync(string userId)
    {
        UserAccount? user = null;
        await WithDatabaseAsync(async db => user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId));
        return user!;
    }

    /// <summary>Asserts how many accounts are stored, and that each has exactly its registration bonus.</summary>
    protected static Task ShouldHaveStoredAccountsAsync(int count) =>
        WithDatabaseAsync(async db =>
        {
            (await db.Users.CountAsync()).ShouldBe(count);
            (await db.CreditTransactions.CountAsync()).ShouldBe(count);
        });

    [GeneratedRegex(@"https?://\S+/reset-password\?token=(?<token>[0-9a-fA-F]{64})(?![0-9a-zA-Z])")]
    private static partial Regex ResetLink();
}
