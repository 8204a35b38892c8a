using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DeFarm.Api.IntegrationTests.Circuits;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway;

/// <summary>
/// Helpers of the gateway tests of audit, snapshots, API keys and admin pages: calls made the way the web front end
/// makes them (a JSON content type even on body-less POST and DELETE), and the assertions on its shapes.
/// Items and circuits are arranged through the engines routes the other gateway areas build on.
/// </summary>
public abstract partial class GatewayRecordsTestBase : CircuitsTestBase
{
    protected const string GatewayApi = "/gateway/api";

    /// <summary>Calls the gateway as <paramref name="user"/>; a body-less POST, PUT, PATCH or DELETE still says JSON.</summary>
    protected static async Task<HttpResponseMessage> CallAsync(
        RegisteredUser user, HttpMethod method, string path, object? body = null)
    {
        using var client = ClientWithToken(user.Token);
        using var request = new HttpRequestMessage(method, path);
        if (method != HttpMethod.Get)
        {
            request.Content = body is null
                ? new StringContent(string.Empty, Encoding.UTF8, "application/json")
                : JsonContent.Create(body);
        }

        return await client.SendAsync(request);
    }

    protected static Task<HttpResponseMessage> GetAsGatewayAsync(RegisteredUser user, string path) =>
        CallAsync(user, HttpMethod.Get, path);

    /// <summary>Asserts the status and a JSON body, and returns the body.</summary>
    protected static async Task<JsonElement> ShouldBeJsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    protected static Task<JsonElement> ShouldBeOkJsonAsync(HttpResponseMessage response) =>
        ShouldBeJsonAsync(response, HttpStatusCode.OK);

    /// <summary>A wrapped list (spa-contract §3.1): the array under <paramref name="key"/> and a matching <c>count</c>.</summary>
    protected static JsonElement[] ShouldBeWrappedList(JsonElement body, string key)
    {
        var items = body.GetProperty(key).EnumerateArray().ToArray();
        body.GetProperty("count").GetInt32().ShouldBe(items.Length);
        return items;
    }

    /// <summary>A gateway date: UTC, with <c>Z</c> and milliseconds (spa-contract §3.2).</summary>
    protected static void ShouldBeGatewayDate(JsonElement value) =>
        GatewayDate().IsMatch(value.GetString()!).ShouldBeTrue(value.GetString());

    protected static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    protected async Task<RegisteredUser> RegisterAdminAsync()
    {
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        return admin;
    }

    /// <summary>A registered user who shares <paramref name="workspaceName"/> with whoever else registered with it.</summary>
    protected async Task<RegisteredUser> RegisterInWorkspaceAsync(string workspaceName)
    {
        var username = $"user_{Guid.NewGuid():N}"[..20];
        var response = await Client.PostAsJsonAsync(
            "/api/auth/register",
            new { username, password = DefaultPassword, email = $"{username}@example.com", workspace_name = workspaceName });
        var body = await ShouldBeOkJsonAsync(response);
        return new RegisteredUser(
            Text(body, "user_id"), username, $"{username}@example.com", DefaultPassword, Text(body, "token"),
            Text(body, "workspace_id"));
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex GatewayDate();
}
