using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Auth;

/// <summary>The caller's account and credits, served at the root and under <c>/api</c>.</summary>
public sealed class UsersMeTests : AuthTestBase
{
    [TestCase("/users/me/profile")]
    [TestCase("/api/users/me/profile")]
    public async Task ShouldDescribeANewAccount(string path)
    {
        var user = await RegisterAsync();

        var body = await (await GetWithTokenAsync(path, user.Token)).ShouldBeOkAsync();

        body.GetProperty("user_id").GetString().ShouldBe(user.UserId);
        body.GetProperty("username").GetString().ShouldBe(user.Username);
        body.GetProperty("email").GetString().ShouldBe(user.Email);
        body.GetProperty("tier").GetString().ShouldBe("Basic");
        body.GetProperty("credits").GetInt64().ShouldBe(100);
        body.GetProperty("status").GetString().ShouldBe("Active");
        body.GetProperty("is_admin").GetBoolean().ShouldBeFalse();
        DateTimeOffset.Parse(body.GetProperty("created_at").GetString()!).ShouldBeInRange(
            DateTimeOffset.UtcNow - AuthAssertions.Tolerance, DateTimeOffset.UtcNow + AuthAssertions.Tolerance);
        var limits = body.GetProperty("limits");
        limits.GetProperty("max_items_per_month").GetInt32().ShouldBe(1000);
        limits.GetProperty("max_circuits").GetInt32().ShouldBe(5);
        limits.GetProperty("can_use_premium_adapters").GetBoolean().ShouldBeFalse();
    }

    [TestCase("/users/me/credits/costs")]
    [TestCase("/api/users/me/credits/costs")]
    public async Task ShouldListTheCreditCostsOfTheBasicTier(string path)
    {
        var user = await RegisterAsync();

        var body = await (await GetWithTokenAsync(path, user.Token)).ShouldBeOkAsync();

        body.GetProperty("tier").GetString().ShouldBe("Basic");
        body.GetProperty("item_creation").GetInt32().ShouldBe(2);
        body.GetProperty("circuit_operation").GetInt32().ShouldBe(3);
        body.GetProperty("storage_migration").GetInt32().ShouldBe(10);
        body.GetProperty("audit_export").GetInt32().ShouldBe(20);
        body.GetProperty("premium_adapter_usage").GetInt32().ShouldBe(10);
        body.GetProperty("api_request").GetInt32().ShouldBe(1);
    }

    [TestCase("/users/me/profile")]
    [TestCase("/api/users/me/profile")]
    [TestCase("/users/me/credits/balance")]
    [TestCase("/api/users/me/credits/balance")]
    [TestCase("/users/me/credits/history")]
    [TestCase("/api/users/me/credits/history")]
    [TestCase("/users/me/credits/costs")]
    [TestCase("/api/users/me/credits/costs")]
    public async Task ShouldRequireAToken(string path)
    {
        var response = await Client.GetAsync(path);

        await response.ShouldBeUnauthenticatedAsync();
    }

    [TestCase(0)]
    [TestCase(5000)]
    public async Task ShouldRefuseAHistoryLimitOutOfRange(int limit)
    {
        var user = await RegisterAsync();

        var response = await GetWithTokenAsync($"/users/me/credits/history?limit={limit}", user.Token);

        await response.ShouldBeValidationErrorAsync("limit", "limit must be between 1 and 1000");
    }
}
