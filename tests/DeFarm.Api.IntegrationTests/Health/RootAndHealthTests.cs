using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Health;

public sealed class RootAndHealthTests : ApiTestBase
{
    [Test]
    public async Task ShouldDescribeTheServiceAtTheRoot()
    {
        var body = await (await Client.GetAsync("/")).ReadJsonAsync();

        body.GetProperty("name").GetString().ShouldBe("DeFarm Traceability API");
        body.GetProperty("version").GetString().ShouldBe("0.1.0");
        body.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace();
        body.GetProperty("features").GetArrayLength().ShouldBe(10);
    }

    [Test]
    public async Task ShouldReportHealthyWithoutCheckingTheDatabase()
    {
        var response = await Client.GetAsync("/health");
        var body = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("status").GetString().ShouldBe("healthy");
        body.GetProperty("uptime").GetString().ShouldBe("System operational");
        DateTimeOffset.Parse(body.GetProperty("timestamp").GetString()!).ShouldBeInRange(
            DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Test]
    public async Task ShouldReportTheConnectedDatabaseAndItsProvider()
    {
        var response = await Client.GetAsync("/health/db");
        var database = (await response.ReadJsonAsync()).GetProperty("database");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        database.GetProperty("status").GetString().ShouldBe("connected");
        database.GetProperty("provider").GetString().ShouldBe("Postgres");
        database.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        database.TryGetProperty("timestamp", out _).ShouldBeTrue();
    }

    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task ShouldAnswerProbesWithHealthy(string path)
    {
        var response = await Client.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Healthy");
    }
}
