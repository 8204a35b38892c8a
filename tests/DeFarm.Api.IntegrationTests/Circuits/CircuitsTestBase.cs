using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Api.IntegrationTests.Items;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// Helpers of the circuit HTTP tests: circuits and members arranged through the API, circuit records the push
/// pipeline will write (items, operations, activities) arranged in the database, and stored notifications.
/// </summary>
public abstract class CircuitsTestBase : ItemWorkflowTestBase
{
    protected const string CircuitsPath = "/api/circuits";

    protected static async Task<HttpResponseMessage> PatchAsync(RegisteredUser user, string path, object body)
    {
        using var client = ClientWithToken(user.Token);
        return await client.PatchAsJsonAsync(path, body);
    }

    /// <summary>Creates a circuit as <paramref name="owner"/> (asserting 200) and returns the response body.</summary>
    protected static async Task<JsonElement> CreateCircuitAsync(RegisteredUser owner, object? body = null) =>
        await (await PostAsync(owner, CircuitsPath, body ?? new { name = "Bovine MS", description = "Cattle" }))
            .ShouldBeOkAsync();

    /// <summary>Creates a circuit and returns its id.</summary>
    protected static async Task<string> CreateCircuitIdAsync(RegisteredUser owner, bool isPublic = false) =>
        IdOf(await CreateCircuitAsync(
            owner, new { name = "Circuit " + Guid.NewGuid().ToString("N")[..6], description = "d", allow_public_visibility = isPublic }));

    protected static string IdOf(JsonElement circuit) => circuit.GetProperty("circuit_id").GetString()!;

    protected static async Task AddMemberAsync(RegisteredUser owner, string circuitId, RegisteredUser member, string role) =>
        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/members", new { member_id = member.UserId, role }))
            .ShouldBeOkAsync();

    /// <summary>Opens the circuit to the public and publishes <paramref name="dfids"/> (it must hold them).</summary>
    protected static async Task PublishAsync(RegisteredUser owner, string circuitId, params string[] dfids) =>
        await (await PutAsync(owner, $"{CircuitsPath}/{circuitId}/public-settings",
            new { public_settings = new { access_mode = "public", published_items = dfids } })).ShouldBeOkAsync();

    protected static JsonElement MemberOf(JsonElement circuit, string userId) =>
        circuit.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("member_id").GetString() == userId);

    protected static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Stores a circuit item directly, as a completed push will.</summary>
    protected static Task ArrangeCircuitItemAsync(string circuitId, string dfid, string pushedBy, DateTimeOffset? at = null) =>
        WithDatabaseAsync(async db =>
        {
            db.CircuitItems.Add(CircuitItem.Add(Guid.Parse(circuitId), dfid, pushedBy, at ?? DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });

    /// <summary>Stores an operation directly, as a push or pull will.</summary>
    protected static async Task<CircuitOperation> ArrangeOperationAsync(
        string circuitId, string dfid, string requesterId, bool pending, CircuitOperationType type = CircuitOperationType.Push)
    {
        var operation = CircuitOperation.Start(Guid.Parse(circuitId), dfid, type, requesterId, pending, DateTimeOffset.UtcNow);
        await WithDatabaseAsync(async db =>
        {
            db.CircuitOperations.Add(operation);
            await db.SaveChangesAsync();
        });
        return operation;
    }

    protected static async Task<List<Notification>> NotificationsOfAsync(string userId)
    {
        List<Notification> notifications = [];
        await WithDatabaseAsync(async db => notifications = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt).ToListAsync());
        return notifications;
    }

    protected static async Task<int> CountCircuitsAsync()
    {
        var count = 0;
        await WithDatabaseAsync(async db => count = await db.Circuits.CountAsync());
        return count;
    }
}
