using System.Text;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// The permission matrix of engines-api.md §3.7 (decision 14: the actor is always the caller), route by route:
/// the owner, a member of each built-in role, a member holding a custom role (Pull, Invite, ManagePermissions)
/// and a stranger; a circuit is arranged afresh after every change that succeeded. A stranger gets 404 on a private circuit (it cannot know
/// it exists) and 403 on a public one; a member without the permission 403. Also the cross-user test of every
/// circuit route with an id: every such route of the route table must appear here.
/// </summary>
public sealed class CircuitPermissionMatrixTests : CircuitsTestBase
{
    private static readonly string[] Callers = ["owner", "admin", "member", "viewer", "custom", "stranger"];

    private static readonly MatrixCase[] Cases =
    [
        new("GET", "/api/circuits/{id}", "200 200 200 200 200 404"),
        new("GET", "/api/circuits/{id}", "200 200 200 200 200 200", IsPublic: true),
        new("PATCH", "/api/circuits/{id}", "200 403 403 403 200 404", Body: new { description = "changed" }),
        new("PATCH", "/api/circuits/{id}", "200 403 403 403 200 403", IsPublic: true, Body: new { description = "changed" }),
        new("PUT", "/api/circuits/{id}", "200 403 403 403 200 404", Body: new { name = "renamed" }),
        new("PUT", "/api/circuits/{id}/deactivate", "200 403 403 403 200 404", Body: new { }),
        new("PUT", "/api/circuits/{id}/visibility/toggle", "200 200 403 403 403 404"),
        new("POST", "/api/circuits/{id}/members", "200 200 403 403 200 404", Body: Invite),
        new("PATCH", "/api/circuits/{id}/members/{user_id}", "200 200 403 403 403 404", Body: new { role = "Member" }),
        new("POST", "/api/circuits/{id}/requests", "400 400 400 400 400 200", IsPublic: true, Body: new { message = "hi" }),
        new("POST", "/api/circuits/{id}/requests", "400 400 400 400 400 404", Body: new { message = "hi" }),
        new("GET", "/api/circuits/{id}/requests/pending", "200 200 403 403 403 403", IsPublic: true),
        new("POST", "/api/circuits/{id}/requests/{requester_id}/approve", "200 200 403 403 403 403", IsPublic: true, Body: new { role = "viewer" }),
        new("POST", "/api/circuits/{id}/requests/{requester_id}/reject", "200 200 403 403 403 403", IsPublic: true, Body: new { }),
        new("POST", "/api/circuits/{id}/roles", "200 200 403 403 403 404", Body: new { role_name = "Auditor", permissions = new[] { "Pull" }, description = "d" }),
        new("GET", "/api/circuits/{id}/roles", "200 200 200 200 200 404"),
        new("PUT", "/api/circuits/{id}/roles/{role_name}", "200 200 403 403 403 404", Body: new { description = "spare role" }),
        new("DELETE", "/api/circuits/{id}/roles/{role_name}", "200 200 403 403 403 404"),
        new("PUT", "/api/circuits/{id}/public-settings", "200 403 403 403 200 404", Body: new { public_settings = new { access_mode = "public" } }),
        new("GET", "/api/circuits/{id}/public", "200 200 200 200 200 200", IsPublic: true),
        new("GET", "/api/circuits/{id}/public", "404 404 404 404 404 404"),
        new("POST", "/api/circuits/{id}/public/join", "400 400 400 400 400 200", IsPublic: true, Body: new { message = "hi" }),
        new("GET", "/api/circuits/{id}/adapter", "200 200 200 200 200 404"),
        new("PUT", "/api/circuits/{id}/adapter", "200 403 403 403 200 404", Body: new { adapter_type = "ipfs-ipfs" }),
        new("GET", "/api/circuits/{id}/items", "200 200 200 200 200 404"),
        new("GET", "/api/circuits/{id}/items", "200 200 200 200 200 403", IsPublic: true),
        new("GET", "/api/circuits/{id}/operations", "200 200 200 200 200 404"),
        new("GET", "/api/circuits/{id}/operations/pending", "200 200 200 200 200 404"),
        new("GET", "/api/circuits/{id}/pending-items", "200 200 200 200 200 404"),
        new("GET", "/api/circuits/{id}/activities", "200 200 200 200 200 404"),
        new("GET", "/api/circuits/{id}/activities", "200 200 200 200 200 403", IsPublic: true),
    ];

    private static object Invite => new { member_id = "{invitee}", role = "viewer" };

    [Test]
    public async Task ShouldAllowEachActionExactlyToTheCallersTheMatrixNames()
    {
        var cast = await CastAsync();
        var mismatches = new StringBuilder();

        foreach (var matrixCase in Cases)
        {
            var expected = matrixCase.Expected.Split(' ').Select(int.Parse).ToArray();
            string? circuitId = null;
            for (var i = 0; i < Callers.Length; i++)
            {
                circuitId ??= await ArrangeCircuitAsync(cast, matrixCase.IsPublic);
                var response = await SendAsync(cast, Callers[i], matrixCase, circuitId);
                if (matrixCase.Method != "GET" && response.IsSuccessStatusCode)
                {
                    circuitId = null;
                }

                if ((int)response.StatusCode != expected[i])
                {
                    mismatches.AppendLine(
                        $"{matrixCase.Method} {matrixCase.Template} (public: {matrixCase.IsPublic}) as {Callers[i]}: "
                        + $"expected {expected[i]}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        mismatches.ToString().ShouldBeEmpty();
    }

    [Test]
    public void ShouldCoverEveryCircuitRouteWithAnId()
    {
        var covered = Cases.Select(c => $"{c.Method} {c.Template}").ToHashSet();
        var routes = Api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/circuits/{id}", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => $"{method} /{e.RoutePattern.RawText!.TrimStart('/')}"))
            .ToList();

        routes.ShouldNotBeEmpty();
        routes.Where(r => !covered.Contains(r)).ShouldBeEmpty();
    }

    /// <summary>Everybody of the matrix, plus the users the actions name (an invitee, a requester, a target).</summary>
    private async Task<Cast> CastAsync()
    {
        var users = new Dictionary<string, RegisteredUser>();
        foreach (var name in Callers.Concat(["invitee", "requester", "target"]))
        {
            users[name] = await RegisterAsync();
        }

        // Many circuits are created: the owner's tier must not cap them.
        await SetTierAsync(users["owner"], "enterprise");
        return new Cast(users);
    }

    /// <summary>
    /// A circuit with an Admin, a Member, a Viewer, a member holding the custom role Curator (Pull, Invite,
    /// ManagePermissions), a Viewer to re-role (target), a spare role, and on a public circuit a pending request.
    /// </summary>
    private static async Task<string> ArrangeCircuitAsync(Cast cast, bool isPublic)
    {
        var owner = cast.Users["owner"];
        var circuitId = await CreateCircuitIdAsync(owner, isPublic);
        await AddMemberAsync(owner, circuitId, cast.Users["admin"], "admin");
        await AddMemberAsync(owner, circuitId, cast.Users["member"], "member");
        await AddMemberAsync(owner, circuitId, cast.Users["viewer"], "viewer");
        await AddMemberAsync(owner, circuitId, cast.Users["custom"], "member");
        await AddMemberAsync(owner, circuitId, cast.Users["target"], "viewer");
        foreach (var (name, permissions) in new[] { ("Curator", new[] { "Pull", "Invite", "ManagePermissions" }), ("Spare", ["Pull"]) })
        {
            await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/roles", new { role_name = name, permissions, description = name }))
                .ShouldBeOkAsync();
        }

        await (await PatchAsync(owner, $"{CircuitsPath}/{circuitId}/members/{cast.Users["custom"].UserId}", new { role = "Curator" }))
            .ShouldBeOkAsync();
        if (isPublic)
        {
            await (await PostAsync(cast.Users["requester"], $"{CircuitsPath}/{circuitId}/requests", new { })).ShouldBeOkAsync();
        }

        return circuitId;
    }

    private static async Task<HttpResponseMessage> SendAsync(Cast cast, string caller, MatrixCase matrixCase, string circuitId)
    {
        var path = matrixCase.Template
            .Replace("{id}", circuitId, StringComparison.Ordinal)
            .Replace("{user_id}", cast.Users["target"].UserId, StringComparison.Ordinal)
            .Replace("{requester_id}", cast.Users["requester"].UserId, StringComparison.Ordinal)
            .Replace("{role_name}", "Spare", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(matrixCase.Method), path);
        if (matrixCase.Body is { } body)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(body)
                .Replace("{invitee}", cast.Users["invitee"].UserId, StringComparison.Ordinal);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var client = ClientWithToken(cast.Users[caller].Token);
        return await client.SendAsync(request);
    }

    private sealed record MatrixCase(string Method, string Template, string Expected, bool IsPublic = false, object? Body = null);

    private sealed record Cast(Dictionary<string, RegisteredUser> Users);
}
