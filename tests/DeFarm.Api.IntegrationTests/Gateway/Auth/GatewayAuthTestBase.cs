using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Auth;

/// <summary>Sign-up, sign-in and refresh through the gateway, as the web front end calls them.</summary>
public abstract class GatewayAuthTestBase : ApiTestBase
{
    protected const string AuthPath = "/gateway/auth";
    protected const string FrontEndOrigin = "http://localhost:8080";

    /// <summary>A protected gateway route any signed-in user may call.</summary>
    protected const string ProtectedPath = "/gateway/api/circuits";

    /// <summary>Registers through <c>/gateway/auth/register</c> (asserting 201) and returns the session.</summary>
    protected async Task<GatewaySession> SignUpAsync(string? email = null, string? fullName = "Ana Silva", HttpClient? via = null)
    {
        email ??= $"ana.{Guid.NewGuid():N}"[..16] + "@example.com";
        var response = await (via ?? Client).PostAsJsonAsync($"{AuthPath}/register", new
        {
            email, password = DefaultPassword, full_name = fullName, workspace_slug = "ana-silva", workspace_name = fullName,
        });
        return GatewaySession.From(await response.ShouldBeJsonAsync(HttpStatusCode.Created));
    }

    protected Task<HttpResponseMessage> LoginAsync(string login, string password = DefaultPassword, HttpClient? via = null) =>
        (via ?? Client).PostAsJsonAsync($"{AuthPath}/login", new { email = login, password });

    protected Task<HttpResponseMessage> RefreshAsync(string refreshToken, HttpClient? via = null) =>
        (via ?? Client).PostAsJsonAsync($"{AuthPath}/refresh", new { refresh_token = refreshToken });

    protected static async Task<HttpResponseMessage> GetAsync(string accessToken, string path)
    {
        using var client = ClientWithToken(accessToken);
        return await client.GetAsync(path);
    }

    /// <summary>A request as the browser sends it from the front end's origin, with an optional bearer.</summary>
    protected static HttpRequestMessage FromFrontEnd(HttpMethod method, string path, string? bearer = null, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", FrontEndOrigin);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }
}

/// <summary>What the front end keeps from an AuthResponse.</summary>
public sealed record GatewaySession(string UserId, string Email, string AccessToken, string RefreshToken, JsonElement Body)
{
    public static GatewaySession From(JsonElement body) => new(
        body.GetProperty("user").GetProperty("id").GetString()!,
        body.GetProperty("user").GetProperty("email").GetString()!,
        body.GetProperty("access_token").GetString()!,
        body.GetProperty("refresh_token").GetString()!,
        body);
}

public static class GatewayHttpAssertions
{
    /// <summary>Asserts the status and a JSON body (shown when it is not) and returns the body.</summary>
    public static async Task<JsonElement> ShouldBeJsonAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static void ShouldAllowTheFrontEndOrigin(this HttpResponseMessage response) =>
        response.Headers.GetValues("Access-Control-Allow-Origin").ShouldBe(["*"]);
}
