using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Auth;

public sealed class RegisterTests : AuthTestBase
{
    private const string Email = "alice@example.com";

    [Test]
    public async Task ShouldRegisterAnAccountAndSignItIn()
    {
        var body = await (await RegisterAliceAsync()).ShouldBeOkAsync();

        var userId = body.GetProperty("user_id").GetString()!;
        userId.ShouldStartWith("user-");
        Guid.TryParseExact(userId["user-".Length..], "D", out _).ShouldBeTrue(userId);
        body.GetProperty("workspace_id").GetString().ShouldBe("alice-workspace");
        body.GetProperty("expires_at").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow.AddHours(24));
        await ShouldAuthenticateAsAsync(body.GetProperty("token").GetString()!, userId);
    }

    [Test]
    public async Task ShouldNameTheWorkspaceAfterTheGivenWorkspaceName()
    {
        var body = await (await RegisterAliceAsync(workspaceName: "farm")).ShouldBeOkAsync();

        body.GetProperty("workspace_id").GetString().ShouldBe("farm-workspace");
    }

    [Test]
    public async Task ShouldGrantTheRegistrationBonusAsOneGrantTransaction()
    {
        var user = await RegisterAsync();

        var history = await (await GetWithTokenAsync("/users/me/credits/history", user.Token)).ShouldBeOkAsync();
        var balance = await (await GetWithTokenAsync("/api/users/me/credits/balance", user.Token)).ShouldBeOkAsync();

        history.GetProperty("total_credits").GetInt64().ShouldBe(100);
        var grant = history.GetProperty("transactions").EnumerateArray().ShouldHaveSingleItem();
        grant.GetProperty("amount").GetInt64().ShouldBe(100);
        grant.GetProperty("transaction_type").GetString().ShouldBe("Grant");
        grant.GetProperty("description").GetString().ShouldBe("New user registration bonus");
        grant.GetProperty("balance_after").GetInt64().ShouldBe(100);
        balance.GetProperty("credits").GetInt64().ShouldBe(100);
        balance.GetProperty("tier").GetString().ShouldBe("Basic");
    }

    [Test]
    public async Task ShouldRefuseATakenUsername()
    {
        await (await RegisterAliceAsync()).ShouldBeOkAsync();

        var response = await RegisterAliceAsync(email: "other@example.com");

        await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "username_taken", "Username already exists");
        await ShouldHaveStoredAccountsAsync(1);
    }

    [TestCase(Email)]
    [TestCase("ALICE@Example.COM")]
    public async Task ShouldRefuseATakenEmail(string secondEmail)
    {
        await (await RegisterAliceAsync()).ShouldBeOkAsync();

        var response = await RegisterAliceAsync(username: "bob", email: secondEmail);

        await response.ShouldBeErrorAsync(HttpStatusCode.Conflict, "email_taken", "Email already exists");
        await ShouldHaveStoredAccountsAsync(1);
    }

    /// <summary>Both pass the existence check; the unique index decides, and the loser still gets the 409.</summary>
    [Test]
    public async Task ShouldAnswerConflictToTheLoserOfConcurrentRegistrations()
    {
        var responses = await Task.WhenAll(
            RegisterAliceAsync(email: "first@example.com"), RegisterAliceAsync(email: "second@example.com"));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict)
            .ShouldBeErrorAsync(HttpStatusCode.Conflict, "username_taken", "Username already exists");
        await ShouldHaveStoredAccountsAsync(1);
    }

    [TestCase("Ab1#xyz", "Password must be at least 8 characters long")]
    [TestCase("abcdef1#", "Password must contain at least one uppercase letter")]
    [TestCase("ABCDEF1#", "Password must contain at least one lowercase letter")]
    [TestCase("Abcdefg#", "Password must contain at least one digit")]
    [TestCase("Abcdefg1", "Password must contain at least one special character")]
    public async Task ShouldRefuseAPasswordThatBreaksTheComplexityRule(string password, string message)
    {
        var response = await RegisterAliceAsync(password: password);

        await response.ShouldBeValidationErrorAsync("password", message);
        await ShouldHaveStoredAccountsAsync(0);
    }

    [Test]
    public async Task ShouldRefuseAnInvalidEmail()
    {
        var response = await RegisterAliceAsync(email: "not-an-email");

        await response.ShouldBeValidationErrorAsync("email", "Email is not a valid email address");
        await ShouldHaveStoredAccountsAsync(0);
    }

    [Test]
    public async Task ShouldRequireAUsername()
    {
        var response = await PostJsonAsync(RegisterPath, new { password = DefaultPassword, email = Email });

        await response.ShouldBeValidationErrorAsync("username", "Username is required");
        await ShouldHaveStoredAccountsAsync(0);
    }

    [Test]
    public async Task ShouldStoreOnlyABcryptHashOfCost12()
    {
        var userId = (await (await RegisterAliceAsync()).ShouldBeOkAsync()).GetProperty("user_id").GetString()!;

        var hash = (await LoadUserAsync(userId)).PasswordHash;

        hash.ShouldStartWith("$2b$12$");
        hash.Length.ShouldBe(60);
        BCrypt.Net.BCrypt.Verify(DefaultPassword, hash).ShouldBeTrue();
    }

    private Task<HttpResponseMessage> RegisterAliceAsync(
        string username = "alice", string email = Email, string password = DefaultPassword, string? workspaceName = null) =>
        PostJsonAsync(RegisterPath, new { username, email, password, workspace_name = workspaceName });
}
