using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Resilience;

public sealed class RestartPersistenceTests : ApiTestBase
{
    [Test]
    public async Task ShouldKeepARegisteredUserAcrossAnApplicationRestart()
    {
        var credentials = new { username = "persistent", password = DefaultPassword };
        await using (var first = new DeFarmApiFactory(TestDatabase.ConnectionString))
        {
            using var client = first.CreateClient();
            var registered = await client.PostAsJsonAsync(
                "/api/auth/register", new { credentials.username, credentials.password, email = "persistent@example.com" });
            registered.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await using var second = new DeFarmApiFactory(TestDatabase.ConnectionString);
        using var restarted = second.CreateClient();
        var login = await restarted.PostAsJsonAsync("/api/auth/login", credentials);

        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await login.ReadJsonAsync()).GetProperty("workspace_id").GetString().ShouldBe("persistent-workspace");
    }
}
