using System.Net;
using System.Net.Http.Json;
using System.Text;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Conventions;

/// <summary>Errors are always the JSON body with CORS headers: binding failures, limits, unknown routes, crashes.</summary>
public sealed class HttpConventionTests : ApiTestBase
{
    private const string Origin = "https://app.example.org";

    [Test]
    public async Task ShouldAnswerMalformedJsonWith400Json()
    {
        var response = await PostRawAsync("/api/auth/login", "{\"username\": \"a\",", "application/json");

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "The request body is not valid JSON.");
        body.GetProperty("errors").TryGetProperty("body", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldAnswerAWrongFieldTypeWith400NamingTheField()
    {
        var response = await PostRawAsync("/api/auth/login", "{\"username\": 42, \"password\": \"x\"}", "application/json");

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        body.GetProperty("errors").TryGetProperty("username", out _).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldAnswerANullRequiredFieldWith400()
    {
        var response = await PostRawAsync("/api/auth/login", "{\"username\": null, \"password\": \"x\"}", "application/json");

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldAnswerAMissingBodyWith400()
    {
        var response = await PostRawAsync("/api/auth/login", string.Empty, "application/json");

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldAnswerAWrongContentTypeWith415Json()
    {
        var response = await PostRawAsync("/api/auth/login", "username=a&password=b", "application/x-www-form-urlencoded");

        await response.ShouldBeErrorAsync(HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Test]
    public async Task ShouldAnswerABodyOver1MegabyteWith413JsonAndStoreNothing()
    {
        var padding = new string('a', 1024 * 1024);
        var response = await Client.PostAsJsonAsync(
            "/api/auth/register", new { username = "big", password = DefaultPassword, email = "big@example.com", padding });

        await response.ShouldBeErrorAsync(HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
        var login = await Client.PostAsJsonAsync("/api/auth/login", new { username = "big", password = DefaultPassword });
        login.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task ShouldAnswerAnUnknownRouteWith404Json()
    {
        var response = await Client.GetAsync("/api/no-such-thing");

        await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "not_found");
    }

    [Test]
    public async Task ShouldWriteSnakeCaseJsonWithPascalCaseEnums()
    {
        var user = await RegisterAsync();
        using var client = ClientWithToken(user.Token);

        var body = await (await client.GetAsync("/users/me/profile")).ReadJsonAsync();

        body.GetProperty("is_admin").GetBoolean().ShouldBeFalse();
        body.GetProperty("tier").GetString().ShouldBe("Basic");
        body.GetProperty("status").GetString().ShouldBe("Active");
    }

    [TestCase("/api/auth/profile", HttpStatusCode.Unauthorized)]
    [TestCase("/api/no-such-thing", HttpStatusCode.NotFound)]
    public async Task ShouldSendCorsHeadersOnErrors(string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Origin", Origin);

        var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(status);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
    }

    [Test]
    public async Task ShouldAnswerPreflightRequestsForAnyOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/auth/login");
        request.Headers.Add("Origin", Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
        response.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse();
    }

    [Test]
    public async Task ShouldAnswerAnUnexpectedFailureWithAGeneric500AndCorsHeaders()
    {
        await using var api = Api.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddControllers().AddApplicationPart(typeof(FailingController).Assembly)));
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, FailingController.Path);
        request.Headers.Add("Origin", Origin);

        var response = await client.SendAsync(request);

        var body = await response.ShouldBeErrorAsync(
            HttpStatusCode.InternalServerError, "internal_error", "An unexpected error occurred.");
        body.ToString().ShouldNotContain(FailingController.Secret);
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
    }

    private Task<HttpResponseMessage> PostRawAsync(string path, string body, string contentType) =>
        Client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));
}

/// <summary>Mounted only by the 500 test: throws an exception whose text must never reach the client.</summary>
[ApiController]
[AllowAnonymous]
public sealed class FailingController : ControllerBase
{
    public const string Path = "/test-only/fail";
    public const string Secret = "internal detail that must stay in the log";

    [HttpGet(Path)]
    public IActionResult Fail() => throw new InvalidOperationException(Secret);
}
