using System.Text;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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
        new("POST", "/api/circuits/{id}/push-local", "200 200 200 403 403 404", Body: new { local_id = "{local_id}" }),
        new("POST", "/api/circuits/{id}/push-local", "200 200 200 403 403 403", IsPublic: true, Body: new { local_id = "{local_id}" }),
        new("POST", "/api/circuits/{id}/push/{dfid}", "200 200 200 403 403 404", Body: new { }),
        new("POST", "/api/circuits/{id}/push/batch", "200 200 200 403 403 404", Body: new { items = new[] { new { dfid = "{dfid}" } } }),
        new("POST", "/api/circuits/{id}/push-events", "200 200 200 403 403 404", Body: new { local_event_ids = new[] { "{local_event_id}" }, dfid = "{dfid}" }),
        new("POST", "/api/circuits/{id}/pull/{dfid}", "200 200 200 200 200 404", Body: new { }),
        new("POST", "/api/circuits/{id}/pull/{dfid}", "200 200 200 200 200 403", IsPublic: true, Body: new { }),
        new("POST", "/api/circuits/{id}/pending-items/{pending_id}/approve", "200 200 403 403 403 404", Body: new { }),
        new("POST", "/api/circuits/{id}/pending-items/{pending_id}/reject", "200 200 403 403 403 404", Body: new { reason = "no" }),
        new("POST", "/api/circuits/{id}/pending-items/{pending_id}/reject", "200 200 403 403 403 403", IsPublic: true, Body: new { }),
        new("GET", "/api/circuits/{id}/post-actions", "200 403 403 403 200 404"),
        new("GET", "/api/circuits/{id}/post-actions", "200 403 403 403 200 403", IsPublic: true),
        new("PUT", "/api/circuits/{id}/post-actions", "200 403 403 403 200 404", Body: new { enabled = true, trigger_events = new[] { "item_pushed" } }),
        new("POST", "/api/circuits/{id}/post-actions/webhooks", "200 403 403 403 200 404", Body: new { name = "ERP", url = "http://198.51.100.7/hook" }),
        new("POST", "/api/circuits/{id}/post-actions/webhooks", "200 403 403 403 200 403", IsPublic: true, Body: new { name = "ERP", url = "http://198.51.100.7/hook" }),
        new("GET", "/api/circuits/{id}/post-actions/webhooks/{webhook_id}", "200 403 403 403 200 404"),
        new("PUT", "/api/circuits/{id}/post-actions/webhooks/{webhook_id}", "200 403 403 403 200 404", Body: new { name = "renamed" }),
        new("DELETE", "/api/circuits/{id}/post-actions/webhooks/{webhook_id}", "200 403 403 403 200 404"),
        new("POST", "/api/circuits/{id}/post-actions/webhooks/{webhook_id}/test", "200 403 403 403 200 404"),
        new("GET", "/api/circuits/{id}/post-actions/deliveries", "200 403 403 403 200 404"),
        new("GET", "/api/circuits/{id}/post-actions/deliveries", "200 403 403 403 200 403", IsPublic: true),
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
            Arrangement? circuit = null;
            for (var i = 0; i < Callers.Length; i++)
            {
                circuit ??= await ArrangeCircuitAsync(cast, matrixCase.IsPublic);
                var response = await SendAsync(cast, Callers[i], matrixCase, circuit);
                if (matrixCase.Method != "GET" && response.IsSuccessStatusCode)
                {
                    circuit = null;
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

        // What the push routes name: an item of the owner's, and each caller's own local item and local event.
        var dfid = await CreateItemAsync(users["owner"], null, ("tag", "matrix"));
        var localItems = new Dictionary<string, string>();
        var localEvents = new Dictionary<string, string>();
        foreach (var caller in Callers)
        {
            var local = await (await PostAsync(users[caller], "/api/items/local", new { identifiers = new[] { new { key = "tag", value = caller } } }))
                .ShouldBeOkAsync();
            localItems[caller] = local.GetProperty("data").GetProperty("local_id").GetString()!;
            var localEvent = await PostAsync(users[caller], "/api/events/local", new { event_type = "Updated", visibility = "public", metadata = new { by = caller } });
            localEvents[caller] = (await localEvent.ReadJsonAsync()).GetProperty("local_event_id").GetString()!;
        }

        return new Cast(users, dfid, localItems, localEvents);
    }

    /// <summary>
    /// A circuit with an Admin, a Member, a Viewer, a member holding the custom role Curator (Pull, Invite,
    /// ManagePermissions), a Viewer to re-role (target), a spare role, and on a public circuit a pending request.
    /// </summary>
    private static async Task<Arrangement> ArrangeCircuitAsync(Cast cast, bool isPublic)
    {
        var owner = cast.Users["owner"];
        var circuitId = await CreateCircuitIdAsync(owner, isPublic);
        await ArrangeCircuitItemAsync(circuitId, cast.Dfid, owner.UserId);
        var pendingPush = await ArrangeOperationAsync(circuitId, cast.Dfid, owner.UserId, pending: true);
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

        // A webhook on loopback, refused when the test route tries it (the shared host allows no internal host),
        // so that route answers at once without calling anything.
        var webhook = await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/post-actions/webhooks", new { name = "Hook", url = "http://198.51.100.7/hook" }))
            .ShouldBeOkAsync();
        var webhookId = webhook.GetProperty("data").GetProperty("id").GetString()!;
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE circuit_webhooks SET url = 'http://127.0.0.1:9/hook' WHERE webhook_id = {Guid.Parse(webhookId)}"));

        return new Arrangement(circuitId, pendingPush.OperationId.ToString(), webhookId);
    }

    private static async Task<HttpResponseMessage> SendAsync(Cast cast, string caller, MatrixCase matrixCase, Arrangement circuit)
    {
        var path = matrixCase.Template
            .Replace("{id}", circuit.CircuitId, StringComparison.Ordinal)
            .Replace("{dfid}", cast.Dfid, StringComparison.Ordinal)
            .Replace("{pending_id}", circuit.PendingPushId, StringComparison.Ordinal)
            .Replace("{user_id}", cast.Users["target"].UserId, StringComparison.Ordinal)
            .Replace("{requester_id}", cast.Users["requester"].UserId, StringComparison.Ordinal)
            .Replace("{role_name}", "Spare", StringComparison.Ordinal)
            .Replace("{webhook_id}", circuit.WebhookId, StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(matrixCase.Method), path);
        if (matrixCase.Body is { } body)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(body)
                .Replace("{invitee}", cast.Users["invitee"].UserId, StringComparison.Ordinal)
                .Replace("{dfid}", cast.Dfid, StringComparison.Ordinal)
                .Replace("{local_id}", cast.LocalItems[caller], StringComparison.Ordinal)
                .Replace("{local_event_id}", cast.LocalEvents[caller], StringComparison.Ordinal);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var client = ClientWithToken(cast.Users[caller].Token);
        return await client.SendAsync(request);
    }

    private sealed record MatrixCase(string Method, string Template, string Expected, bool IsPublic = false, object? Body = null);

    private sealed record Cast(
        Dictionary<string, RegisteredUser> Users, string Dfid, Dictionary<string, string> LocalItems,
        Dictionary<string, string> LocalEvents);

    private sealed record Arrangement(string CircuitId, string PendingPushId, string WebhookId);
}
