using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Infrastructure.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Base of the tests that run against the shared API host and PostgreSQL. The database is emptied before each
/// test (not after, so a failed test's rows stay for inspection); each test arranges its own data.
/// </summary>
public abstract class ApiTestBase
{
    public const string DefaultPassword = "Str0ng#Pass";

    protected static DeFarmApiFactory Api => TestDatabase.Api;

    protected HttpClient Client { get; private set; } = null!;

    [SetUp]
    public async Task ResetStateAsync()
    {
        await TestDatabase.ResetAsync();
        Api.Emails.Clear();
        Client = Api.CreateClient();
    }

    [TearDown]
    public void DisposeClient() => Client.Dispose();

    /// <summary>Registers a fresh user through the API and returns its credentials.</summary>
    /// <remarks>
    /// <paramref name="via"/>: another host (its tokens are signed with its own key). <paramref name="workspaceName"/>:
    /// the workspace to join, e.g. another user's; by default the user gets a workspace of their own.
    /// </remarks>
    protected async Task<RegisteredUser> RegisterAsync(
        string? username = null, string password = DefaultPassword, HttpClient? via = null, string? workspaceName = null)
    {
        username ??= $"user_{Guid.NewGuid():N}"[..20];
        var email = $"{username}@example.com";
        var response = await (via ?? Client).PostAsJsonAsync(
            "/api/auth/register", new { username, password, email, workspace_name = workspaceName });
        response.EnsureSuccessStatusCode();
        var body = await response.ReadJsonAsync();
        return new RegisteredUser(
            body.GetProperty("user_id").GetString()!, username, email, password,
            body.GetProperty("token").GetString()!, body.GetProperty("workspace_id").GetString()!);
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer token.</summary>
    protected static HttpClient ClientWithToken(string token)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Sends a command or query through the mediator in a fresh scope, as a request would.</summary>
    protected static async Task<TResponse> SendAsync<TResponse>(IMessage message)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(message);
        return (TResponse)result!;
    }

    /// <summary>Direct database access for arranging states the API cannot produce (a banned user, an expired token).</summary>
    protected static async Task WithDatabaseAsync(Func<DeFarmDbContext, Task> action)
    {
        await using var db = TestDatabase.CreateDbContext(TestDatabase.ConnectionString);
        await action(db);
    }

    /// <summary>Moves the user to another tier (its stored spelling, e.g. <c>professional</c>), as an upgrade would.</summary>
    protected static Task SetTierAsync(RegisteredUser user, string tier) =>
        WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE user_accounts SET tier = {tier} WHERE user_id = {user.UserId}"));

    protected static void ShouldBeJson(JsonElement actual, string expected) =>
        ShouldBeJson(JsonNode.Parse(actual.GetRawText()), expected);

    /// <summary>Structural JSON equality; object key order does not matter (jsonb does not keep it).</summary>
    protected static void ShouldBeJson(JsonNode? actual, string expected) =>
        JsonNode.DeepEquals(actual, JsonNode.Parse(expected)).ShouldBeTrue($"actual: {actual?.ToJsonString()}");
}

public sealed record RegisteredUser(
    string UserId, string Username, string Email, string Password, string Token, string WorkspaceId);
