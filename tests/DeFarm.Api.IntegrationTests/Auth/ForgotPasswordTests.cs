using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Auth;

public sealed class ForgotPasswordTests : AuthTestBase
{
    private const string Accepted = "If the account exists, password reset instructions have been sent.";

    [Test]
    public async Task ShouldAnswerTheSameForAnUnknownEmailAndSendNothing()
    {
        var response = await PostJsonAsync(ForgotPasswordPath, new { email = "nobody@example.com" });

        await ShouldBeAcceptedAsync(response);
        Api.Emails.Sent.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldMailOneResetLinkToAKnownEmail()
    {
        var user = await RegisterAsync();

        var response = await PostJsonAsync(ForgotPasswordPath, new { email = user.Email });

        await ShouldBeAcceptedAsync(response);
        ResetTokenIn(Api.Emails.Sent.ShouldHaveSingleItem(), user.Email);
    }

    [Test]
    public async Task ShouldFindTheAccountByUsername()
    {
        var user = await RegisterAsync();

        var response = await PostJsonAsync(ForgotPasswordPath, new { username = user.Username });

        await ShouldBeAcceptedAsync(response);
        ResetTokenIn(Api.Emails.Sent.ShouldHaveSingleItem(), user.Email);
    }

    [TestCase(null, null)]
    [TestCase("", "  ")]
    public async Task ShouldRequireAnEmailOrAUsername(string? email, string? username)
    {
        var response = await PostJsonAsync(ForgotPasswordPath, new { email, username });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "Email or username is required");
        Api.Emails.Sent.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRefuseTheFourthRequestWithinAnHourForTheSameUser()
    {
        var user = await RegisterAsync();
        await RequestResetsAsync(user, 3);

        // By username this time: the limit counts requests per account, however it is named.
        var response = await PostJsonAsync(ForgotPasswordPath, new { username = user.Username });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.TooManyRequests, "too_many_reset_requests",
            "Too many password reset requests. Please try again later.");
        var retryAfter = response.Headers.RetryAfter?.Delta.ShouldNotBeNull();
        retryAfter!.Value.ShouldBeInRange(TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Api.Emails.Sent.Count.ShouldBe(3);
        await WithDatabaseAsync(async db => (await db.PasswordResetTokens.CountAsync()).ShouldBe(3));
    }

    /// <summary>Requests sent at once must not all pass the count before any of them is stored.</summary>
    [Test]
    public async Task ShouldHoldTheLimitForConcurrentRequests()
    {
        var user = await RegisterAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => PostJsonAsync(ForgotPasswordPath, new { email = user.Email })));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(3);
        responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(7);
        Api.Emails.Sent.Count.ShouldBe(3);
    }

    [Test]
    public async Task ShouldCountRequestsPerUser()
    {
        var limited = await RegisterAsync();
        var other = await RegisterAsync();
        await RequestResetsAsync(limited, 3);

        var response = await PostJsonAsync(ForgotPasswordPath, new { email = other.Email });

        await ShouldBeAcceptedAsync(response);
        Api.Emails.Sent.Count(m => m.To == other.Email).ShouldBe(1);
    }

    [Test]
    public async Task ShouldStoreOnlyTheBlake3HashOfTheToken()
    {
        var user = await RegisterAsync();

        var token = await RequestPasswordResetAsync(user);

        await WithDatabaseAsync(async db =>
        {
            var stored = await db.PasswordResetTokens.AsNoTracking().SingleAsync();
            stored.TokenHash.ShouldBe(Blake3Hash.Hex(Convert.FromHexString(token)));
            stored.UserId.ShouldBe(user.UserId);
            stored.UsedAt.ShouldBeNull();
            (stored.ExpiresAt - stored.CreatedAt).ShouldBe(PasswordResetToken.Lifetime);
            // No column of the row, in any case, holds the plaintext.
            var pattern = $"%{token}%";
            (await db.Database
                .SqlQuery<int>($"SELECT COUNT(*)::int AS \"Value\" FROM password_reset_tokens t WHERE t::text ILIKE {pattern}")
                .SingleAsync()).ShouldBe(0);
        });
    }

    private async Task RequestResetsAsync(RegisteredUser user, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await ShouldBeAcceptedAsync(await PostJsonAsync(ForgotPasswordPath, new { email = user.Email }));
        }
    }

    private static async Task ShouldBeAcceptedAsync(HttpResponseMessage response)
    {
        var body = await response.ShouldBeOkAsync();
        body.PropertyNames().ShouldBe(["message"]);
        body.GetProperty("message").GetString().ShouldBe(Accepted);
    }
}
