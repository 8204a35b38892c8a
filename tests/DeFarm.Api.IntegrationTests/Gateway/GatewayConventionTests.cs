using System.Net;
using DeFarm.Api.Gateway;
using DeFarm.Api.IntegrationTests.Conventions;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Gateway;

/// <summary>
/// The gateway's HTTP conventions (spa-contract §1.3, §3.2, §5): its error body on every failure with CORS
/// headers, UTC dates with <c>Z</c> and milliseconds, and 204 instead of an empty 200.
/// </summary>
public sealed class GatewayConventionTests : ApiTestBase
{
    private const string Origin = "http://localhost:8080";

    [Test]
    public async Task ShouldAnswerAnUnknownGatewayPathWithTheGatewayErrorBodyAndCorsHeaders()
    {
        var response = await SendFromFrontEndAsync(Client, HttpMethod.Get, "/gateway/api/no-such-thing");

        var body = await response.ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "not_found");
        body.GetProperty("details").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        body.TryGetProperty("trace_id", out _).ShouldBeFalse();
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
    }

    [Test]
    public async Task ShouldAnswerAGatewayCrashWithAGeneric500GatewayBodyAndCorsHeaders()
    {
        await using var api = WithTestControllers();
        using var client = api.CreateClient();

        var response = await SendFromFrontEndAsync(client, HttpMethod.Get, GatewayProbeController.FailPath);

        var body = await response.ShouldBeGatewayErrorAsync(HttpStatusCode.InternalServerError, "internal_error");
        body.ToString().ShouldNotContain(FailingController.Secret);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
    }

    [Test]
    public async Task ShouldWriteGatewayDatesAsUtcWithZAndMilliseconds()
    {
        await using var api = WithTestControllers();
        using var client = api.CreateClient();

        var body = await (await client.GetAsync(GatewayProbeController.DatesPath)).ReadJsonAsync();

        body.GetProperty("offset_date").GetString().ShouldBe("2025-02-08T10:30:00.123Z");
        body.GetProperty("unspecified_date").GetString().ShouldBe("2025-02-08T13:30:00.000Z");
    }

    [Test]
    public async Task ShouldAnswerABodylessGatewaySuccessWith204()
    {
        await using var api = WithTestControllers();
        using var client = api.CreateClient();

        var response = await client.PostAsync(GatewayProbeController.NothingPath, null);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Test]
    public async Task ShouldCachePreflightAnswers()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/gateway/api/items");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Max-Age").ShouldBe(["600"]);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithTestControllers() =>
        Api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddControllers().AddApplicationPart(typeof(GatewayProbeController).Assembly)));

    private static Task<HttpResponseMessage> SendFromFrontEndAsync(HttpClient client, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", Origin);
        return client.SendAsync(request);
    }
}

/// <summary>Mounted only by the gateway convention tests: a crash, a body-less success and fixed dates.</summary>
[AllowAnonymous]
public sealed class GatewayProbeController : GatewayControllerBase
{
    public const string FailPath = "/gateway/test-only/fail";
    public const string DatesPath = "/gateway/test-only/dates";
    public const string NothingPath = "/gateway/test-only/nothing";

    [HttpGet(FailPath)]
    public IActionResult Fail() => throw new InvalidOperationException(FailingController.Secret);

    [HttpGet(DatesPath)]
    public object Dates() => new
    {
        OffsetDate = new DateTimeOffset(2025, 2, 8, 10, 30, 0, 123, TimeSpan.Zero),
        UnspecifiedDate = new DateTime(2025, 2, 8, 13, 30, 0, DateTimeKind.Unspecified),
    };

    [HttpPost(NothingPath)]
    public void Nothing()
    {
    }
}
