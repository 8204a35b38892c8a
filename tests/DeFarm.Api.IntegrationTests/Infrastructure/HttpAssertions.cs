using System.Net;
using System.Text.Json;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

public static class HttpAssertions
{
    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Asserts the engines error contract: the status, a JSON body with the human <c>error</c> message, the
    /// stable <c>code</c> and a <c>trace_id</c>.
    /// </summary>
    public static async Task<JsonElement> ShouldBeErrorAsync(
        this HttpResponseMessage response, HttpStatusCode status, string? code = null, string? message = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(text);
        var body = document.RootElement.Clone();
        body.GetProperty("trace_id").GetString().ShouldNotBeNullOrEmpty();
        if (code is not null)
        {
            body.GetProperty("code").GetString().ShouldBe(code);
        }

        if (message is not null)
        {
            body.GetProperty("error").GetString().ShouldBe(message);
        }

        return body;
    }

    /// <summary>
    /// Asserts the gateway error contract (spa-contract §1.3): the status and a JSON body with the stable
    /// <c>error</c> code, the human <c>message</c> and a <c>details</c> member.
    /// </summary>
    public static async Task<JsonElement> ShouldBeGatewayErrorAsync(
        this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        using var document = JsonDocument.Parse(text);
        var body = document.RootElement.Clone();
        body.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        body.TryGetProperty("details", out _).ShouldBeTrue();
        body.GetProperty("error").GetString().ShouldBe(code ?? body.GetProperty("error").GetString());
        body.GetProperty("error").GetString().ShouldNotBeNullOrWhiteSpace();
        return body;
    }
}
