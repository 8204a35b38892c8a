using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Application.Users.Commands.SeedDemoUsers;
using Microsoft.AspNetCore.Hosting;

namespace DeFarm.Api.IntegrationTests.Configuration;

public sealed class StartupTests : ApiTestBase
{
    private static readonly Dictionary<string, string?> InMemory = new() { ["Persistence:Provider"] = "InMemory" };

    [Test]
    public async Task ShouldRunInMemoryWithTheDemoUsersSeeded()
    {
        await using var api = new DeFarmApiFactory(string.Empty, InMemory);
        using var client = api.CreateClient();

        var database = (await (await client.GetAsync("/health/db")).ReadJsonAsync()).GetProperty("database");
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = "hen", password = "demo123" });

        database.GetProperty("provider").GetString().ShouldBe("InMemory");
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await login.ReadJsonAsync()).GetProperty("user_id").GetString().ShouldBe("hen-admin-001");
    }

    [Test]
    public async Task ShouldSeedTheDemoUsersOnceIntoAnEmptyDatabase()
    {
        var created = await SendAsync<int>(new SeedDemoUsersCommand());
        var again = await SendAsync<int>(new SeedDemoUsersCommand());

        (created, again).ShouldBe((6, 0));
        var login = await Client.PostAsJsonAsync("/api/auth/login", new { username = "pullet", password = "demo123" });
        using var pullet = ClientWithToken((await login.ReadJsonAsync()).GetProperty("token").GetString()!);
        var profile = await (await pullet.GetAsync("/users/me/profile")).ReadJsonAsync();
        profile.GetProperty("tier").GetString().ShouldBe("Professional");
        profile.GetProperty("credits").GetInt64().ShouldBe(5_000);
        var history = await (await pullet.GetAsync("/users/me/credits/history")).ReadJsonAsync();
        history.GetProperty("transactions")[0].GetProperty("transaction_type").GetString().ShouldBe("Grant");
    }

    [Test]
    public async Task ShouldServeTheOpenApiDocumentWithBearerAuthAndDocumentedErrors()
    {
        var document = await (await Client.GetAsync("/swagger/engines/swagger.json")).ReadJsonAsync();
        var ui = await Client.GetAsync("/swagger/index.html");

        ui.StatusCode.ShouldBe(HttpStatusCode.OK);
        document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _).ShouldBeTrue();
        var profile = document.GetProperty("paths").GetProperty("/api/auth/profile").GetProperty("get");
        profile.GetProperty("responses").TryGetProperty("401", out _).ShouldBeTrue();
        profile.GetProperty("security").GetArrayLength().ShouldBe(1);
        var login = document.GetProperty("paths").GetProperty("/api/auth/login").GetProperty("post");
        login.TryGetProperty("security", out _).ShouldBeFalse();
    }

    [TestCase("")]
    [TestCase("shorter-than-thirty-two-chars")]
    public void ShouldRefuseToStartOutsideDevelopmentWithoutAStrongJwtSecret(string secret)
    {
        using var api = new DeFarmApiFactory(TestDatabase.ConnectionString)
            .WithWebHostBuilder(builder => builder.UseEnvironment("Production").UseSetting("JWT_SECRET", secret));

        var failure = Should.Throw<InvalidOperationException>(() => api.CreateClient());
        failure.Message.ShouldContain("JWT_SECRET");
    }
}
