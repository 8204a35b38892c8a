using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Resilience;

/// <summary>
/// PostgreSQL stopped and started under a running API, on a cluster of the test's own: the API keeps serving,
/// answers data requests with 503 and Retry-After, and recovers by itself once the database is back.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(30);

    private static readonly Dictionary<string, string?> FastReconnect = new()
    {
        ["Database:ReconnectIntervalSeconds"] = "0.5",
    };

    [Test]
    public async Task ShouldAnswer503WhileTheDatabaseIsDownAndRecoverWithoutRestart()
    {
        await using var cluster = await ThrowAwayPostgresCluster.CreateAsync();
        await cluster.StartAsync();
        await using var api = new DeFarmApiFactory(cluster.ConnectionString, FastReconnect);
        using var client = api.CreateClient();
        (await RegisterAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await cluster.StopAsync();

        await ShouldBeUnavailableAsync(client);
        await cluster.StartAsync();
        await WaitUntilReadyAsync(client);
        (await LoginAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Test]
    public async Task ShouldStartWithoutTheDatabaseAndMigrateOnceItAppears()
    {
        await using var cluster = await ThrowAwayPostgresCluster.CreateAsync();
        await using var api = new DeFarmApiFactory(cluster.ConnectionString, FastReconnect);
        using var client = api.CreateClient();

        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeUnavailableAsync(client);

        await cluster.StartAsync();
        await WaitUntilReadyAsync(client);
        (await RegisterAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task ShouldBeUnavailableAsync(HttpClient client)
    {
        var data = await LoginAsync(client);
        await data.ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable, "database_unavailable");
        data.Headers.RetryAfter.ShouldNotBeNull();
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/db")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + RecoveryTimeout;
        while ((await client.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"The API did not become ready within {RecoveryTimeout.TotalSeconds} s of the database starting.");
            }

            await Task.Delay(200);
        }
    }

    private static Task<HttpResponseMessage> RegisterAsync(HttpClient client) => client.PostAsJsonAsync(
        "/api/auth/register", new { username = "outage", password = ApiTestBase.DefaultPassword, email = "outage@example.com" });

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client) => client.PostAsJsonAsync(
        "/api/auth/login", new { username = "outage", password = ApiTestBase.DefaultPassword });
}
