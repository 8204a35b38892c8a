using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>Requests the merge, split, share and pending-item tests share; every call is made as a given user.</summary>
public abstract class ItemWorkflowTestBase : ApiTestBase
{
    protected const string ItemsPath = "/api/items";

    protected static async Task<HttpResponseMessage> GetAsync(RegisteredUser user, string path)
    {
        using var client = ClientWithToken(user.Token);
        return await client.GetAsync(path);
    }

    protected static async Task<HttpResponseMessage> PostAsync(RegisteredUser user, string path, object body)
    {
        using var client = ClientWithToken(user.Token);
        return await client.PostAsJsonAsync(path, body);
    }

    protected static async Task<HttpResponseMessage> PutAsync(RegisteredUser user, string path, object body)
    {
        using var client = ClientWithToken(user.Token);
        return await client.PutAsJsonAsync(path, body);
    }

    /// <summary>Creates an item carrying contextual identifiers <c>key=value</c> and returns its DFID.</summary>
    protected static async Task<string> CreateItemAsync(
        RegisteredUser user, object? enrichedData = null, params (string Key, string Value)[] identifiers)
    {
        var response = await PostAsync(user, ItemsPath, new
        {
            identifiers = identifiers.Select(i => new { key = i.Key, value = i.Value }).ToArray(),
            enriched_data = enrichedData,
        });
        return (await response.ShouldBeOkAsync()).GetProperty("dfid").GetString()!;
    }

    /// <summary>Creates a local item as <paramref name="user"/> and returns its LID.</summary>
    protected static async Task<string> CreateLocalItemAsync(RegisteredUser user, object? enrichedData, params object[] identifiers)
    {
        var body = await (await PostAsync(user, "/api/items/local", new { identifiers, enriched_data = enrichedData })).ShouldBeOkAsync();
        return body.GetProperty("data").GetProperty("local_id").GetString()!;
    }

    /// <summary>Shares the item with <paramref name="recipient"/> as <paramref name="owner"/> (asserting 200).</summary>
    protected static async Task ShareItemAsync(RegisteredUser owner, string dfid, RegisteredUser recipient) =>
        await (await PostAsync(owner, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = recipient.UserId })).ShouldBeOkAsync();

    protected static async Task<JsonElement> GetItemAsync(RegisteredUser user, string dfid) =>
        await (await GetAsync(user, $"{ItemsPath}/{dfid}")).ShouldBeOkAsync();

    protected static async Task MakeAdminAsync(RegisteredUser user) =>
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE user_accounts SET is_admin = true WHERE user_id = {user.UserId}"));

    /// <summary>The DFIDs of a list response, in order.</summary>
    protected static List<string> DfidsOf(JsonElement items) =>
        items.EnumerateArray().Select(i => i.GetProperty("dfid").GetString()!).ToList();

    protected static List<string> IdentifierValues(JsonElement item) =>
        item.GetProperty("identifiers").EnumerateArray().Select(i => i.GetProperty("value").GetString()!).ToList();

    protected static List<string> SourceEntries(JsonElement item) =>
        item.GetProperty("source_entries").EnumerateArray().Select(e => e.GetString()!).ToList();
}
