using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Items;

namespace DeFarm.Api.IntegrationTests.Items;

public sealed class DfidRestartTests : ItemsTestBase
{
    [Test]
    public async Task ShouldMintANewDfidAfterAnApplicationRestart()
    {
        var credentials = new { username = "restarter", password = DefaultPassword };
        string before;
        await using (var first = new DeFarmApiFactory(TestDatabase.ConnectionString))
        {
            using var anonymous = first.CreateClient();
            (await anonymous.PostAsJsonAsync(
                "/api/auth/register", new { credentials.username, credentials.password, email = "restarter@example.com" }))
                .EnsureSuccessStatusCode();
            before = await CreateDfidAfterLoginAsync(first, credentials);
        }

        await using var second = new DeFarmApiFactory(TestDatabase.ConnectionString);
        var after = await CreateDfidAfterLoginAsync(second, credentials);

        Dfid.TryParse(before, out var beforeDfid).ShouldBeTrue(before);
        Dfid.TryParse(after, out var afterDfid).ShouldBeTrue(after);
        afterDfid.Sequence.ShouldBeGreaterThan(beforeDfid.Sequence);
    }

    private static async Task<string> CreateDfidAfterLoginAsync(DeFarmApiFactory api, object credentials)
    {
        using var anonymous = api.CreateClient();
        var login = await anonymous.PostAsJsonAsync("/api/auth/login", credentials);
        login.EnsureSuccessStatusCode();
        using var client = api.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await login.ReadJsonAsync()).GetProperty("token").GetString());
        return await CreateDfidAsync(client);
    }
}
