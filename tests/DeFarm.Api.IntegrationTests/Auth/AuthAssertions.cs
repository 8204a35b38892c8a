using System.Buffers.Text;
using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Auth;

public static class AuthAssertions
{
    /// <summary>How far a server timestamp may be from the test's own clock.</summary>
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(1);

    /// <summary>Asserts a 200 with a JSON body (the body is shown when it is not) and returns the body.</summary>
    public static async Task<JsonElement> ShouldBeOkAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a 400 whose message is <paramref name="message"/>, also listed under <c>errors.<paramref name="field"/></c>.</summary>
    public static async Task ShouldBeValidationErrorAsync(this HttpResponseMessage response, string field, string message)
    {
        var body = await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", message);
        body.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()).ShouldContain(message);
    }

    /// <summary>Asserts a 200 carrying a token (register, login, refresh) and returns the token.</summary>
    public static async Task<string> ShouldIssueTokenAsync(this HttpResponseMessage response)
    {
        var token = (await response.ShouldBeOkAsync()).GetProperty("token").GetString();
        token.ShouldNotBeNullOrEmpty();
        return token;
    }

    public static Task<JsonElement> ShouldBeInvalidCredentialsAsync(this HttpResponseMessage response) =>
        response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "invalid_credentials", "Invalid credentials");

    /// <summary>Asserts the 401 of a bearer token the API refuses, with the reason after "Invalid token: ".</summary>
    public static Task<JsonElement> ShouldBeInvalidTokenAsync(this HttpResponseMessage response, string reason) =>
        response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "invalid_token", $"Invalid token: {reason}");

    /// <summary>Asserts the 401 of a request that needs credentials and has none.</summary>
    public static Task<JsonElement> ShouldBeUnauthenticatedAsync(this HttpResponseMessage response) =>
        response.ShouldBeErrorAsync(
            HttpStatusCode.Unauthorized, "unauthenticated", "Authentication required. Use JWT token or API key.");

    /// <summary>Asserts that Unix seconds <paramref name="actual"/> are within a minute of <paramref name="expected"/>.</summary>
    public static void ShouldBeAbout(this long actual, DateTimeOffset expected) =>
        DateTimeOffset.FromUnixTimeSeconds(actual).ShouldBeInRange(expected - Tolerance, expected + Tolerance);

    /// <summary>The property names of a JSON object, sorted.</summary>
    public static string[] PropertyNames(this JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Decodes the payload (middle part) of a compact JWT without validating it.</summary>
    public static JsonElement JwtPayload(string token) => JwtPart(token, 1);

    public static JsonElement JwtHeader(string token) => JwtPart(token, 0);

    /// <summary>
    /// The token with its payload replaced by <paramref name="payload"/> and the original header and signature,
    /// as an attacker who edits a token would produce it.
    /// </summary>
    public static string WithPayload(string token, object payload)
    {
        var parts = token.Split('.');
        parts[1] = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload));
        return string.Join('.', parts);
    }

    private static JsonElement JwtPart(string token, int index)
    {
        var parts = token.Split('.');
        parts.Length.ShouldBe(3, $"A compact JWT has three parts: {token}");
        using var document = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[index]));
        return document.RootElement.Clone();
    }
}
