using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Application.Users.Commands.SeedDemoUsers;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>
/// Helpers of the item-registry HTTP tests: request bodies in the engines wire form, item creation through the
/// API, items arranged directly in the database (states the API refuses to produce) and row counts.
/// </summary>
public abstract class ItemsTestBase : ApiTestBase
{
    protected const string ItemsPath = "/api/items";

    /// <summary>A contextual identifier in the request form (namespace generic unless given).</summary>
    protected static object Contextual(string key, string value, string @namespace = "generic") =>
        new { @namespace, key, value, id_type = "Contextual" };

    /// <summary>A canonical identifier in the request form; the registry is the key.</summary>
    protected static object Canonical(string registry, string value, string @namespace = "bovino") =>
        new { @namespace, key = registry, value, id_type = "Canonical" };

    protected static object CreateBody(object[] identifiers, object? enrichedData = null, string? sourceEntry = null) =>
        new { identifiers, enriched_data = enrichedData, source_entry = sourceEntry ?? Guid.NewGuid().ToString() };

    protected static Task<HttpResponseMessage> PostItemAsync(HttpClient client, object body) =>
        client.PostAsJsonAsync(ItemsPath, body);

    /// <summary>Creates an item through the API, asserting 200, and returns the response body.</summary>
    protected static async Task<JsonElement> CreateItemAsync(
        HttpClient client, object[] identifiers, object? enrichedData = null, string? sourceEntry = null)
    {
        var response = await PostItemAsync(client, CreateBody(identifiers, enrichedData, sourceEntry));
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>Creates an item with one fresh contextual identifier and returns its DFID.</summary>
    protected static async Task<string> CreateDfidAsync(HttpClient client, string? tag = null) =>
        (await CreateItemAsync(client, [Contextual("tag", tag ?? Guid.NewGuid().ToString("N"))]))
            .GetProperty("dfid").GetString()!;

    /// <summary>Reads an item through the API, asserting 200.</summary>
    protected static async Task<JsonElement> GetItemAsync(HttpClient client, string dfid)
    {
        var response = await client.GetAsync($"{ItemsPath}/{dfid}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadJsonAsync();
    }

    /// <summary>A registered user and a client carrying their token.</summary>
    protected async Task<(RegisteredUser User, HttpClient Client)> SignedInUserAsync()
    {
        var user = await RegisterAsync();
        return (user, ClientWithToken(user.Token));
    }

    /// <summary>Seeds the demo users (the table must be empty) and signs in as the admin <c>hen</c>.</summary>
    protected async Task<HttpClient> SeededAdminClientAsync()
    {
        await SendAsync<int>(new SeedDemoUsersCommand());
        var login = await Client.PostAsJsonAsync("/api/auth/login", new { username = "hen", password = "demo123" });
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        return ClientWithToken((await login.ReadJsonAsync()).GetProperty("token").GetString()!);
    }

    /// <summary>Stores an item directly, bypassing the API's rules (e.g. an identifier already on another item).</summary>
    protected static async Task<string> ArrangeItemAsync(
        string createdBy, long sequence, params Identifier[] identifiers)
    {
        var dfid = Dfid.Create(DateOnly.FromDateTime(DateTime.UtcNow), sequence);
        await WithDatabaseAsync(async db =>
        {
            db.Items.Add(Item.CreateWithDfid(
                dfid, identifiers, new JsonObject(), Guid.NewGuid(), createdBy, null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        return dfid.Value;
    }

    /// <summary>
    /// Stores <paramref name="count"/> active items created by the user, now unless <paramref name="createdAt"/> says
    /// otherwise, in one SQL statement.
    /// </summary>
    protected static Task InsertItemsAsync(string userId, int count, DateTimeOffset? createdAt = null)
    {
        var at = createdAt ?? DateTimeOffset.UtcNow;
        return WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $$"""
            INSERT INTO items (dfid, legacy_mode, enriched_data, confidence_score, status, created_by, created_at, last_modified)
            SELECT 'BULK-' || gen_random_uuid(), true, '{}', 1.0, 'Active', {{userId}}, {{at}}, {{at}}
            FROM generate_series(1, {{count}})
            """));
    }

    protected static async Task<int> CountItemsAsync()
    {
        var count = 0;
        await WithDatabaseAsync(async db => count = await db.Items.CountAsync());
        return count;
    }

    protected static async Task<List<PendingItem>> PendingItemsAsync()
    {
        List<PendingItem> pending = [];
        await WithDatabaseAsync(async db => pending = await db.PendingItems.AsNoTracking().ToListAsync());
        return pending;
    }

    protected static string[] DfidsOf(JsonElement items) =>
        items.EnumerateArray().Select(i => i.GetProperty("dfid").GetString()!).ToArray();
}
