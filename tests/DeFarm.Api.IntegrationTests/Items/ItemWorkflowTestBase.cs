using System.Net;
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

    protected static async Task<HttpResponseMessage> DeleteAsync(RegisteredUser user, string path)
    {
        using var client = ClientWithToken(user.Token);
        return await client.DeleteAsync(path);
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

    /// <summary>
    /// Asserts that <paramref name="user"/>, who sees the item, changes it by no route: enrich, split, merge (on
    /// either side), <c>DELETE</c>, deprecate and share each answer 403 <c>not_item_owner</c>, and the item is as it was.
    /// </summary>
    protected async Task ShouldRefuseEveryChangeAsync(RegisteredUser user, string dfid)
    {
        const string NotOwner = "Only the item's creator or an admin may change it";
        var before = await GetItemAsync(user, dfid);
        var theirOwn = await CreateItemAsync(user, null, ("tag", Guid.NewGuid().ToString("N")));
        var someoneElse = await RegisterAsync();

        await (await PutAsync(user, $"{ItemsPath}/{dfid}", new { enriched_data = new { breed = "angus" } }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner", NotOwner);
        var split = new { identifiers_for_new_item = before.GetProperty("identifiers") };
        await (await PostAsync(user, $"{ItemsPath}/{dfid}/split", split))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner", NotOwner);
        await (await PostAsync(user, $"{ItemsPath}/{dfid}/merge", theirOwn))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner", NotOwner);
        await (await PostAsync(user, $"{ItemsPath}/{theirOwn}/merge", dfid))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner", NotOwner);
        await (await DeleteAsync(user, $"{ItemsPath}/{dfid}"))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner", NotOwner);
        await (await PutAsync(user, $"{ItemsPath}/{dfid}/deprecate", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner", NotOwner);
        await (await PostAsync(user, $"{ItemsPath}/{dfid}/share", new { recipient_user_id = someoneElse.UserId }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "not_item_owner", "Only the item's creator or an admin may share it");

        (await GetItemAsync(user, dfid)).ToString().ShouldBe(before.ToString());
        (await GetItemAsync(user, theirOwn)).GetProperty("status").GetString().ShouldBe("Active");
    }

    /// <summary>Sets an item's confidence directly: no route changes it except merge.</summary>
    protected static Task SetConfidenceAsync(string dfid, double confidence) =>
        WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE items SET confidence_score = {confidence} WHERE dfid = {dfid}"));

    /// <summary>The stored confidence (the engines item shape does not carry it).</summary>
    protected static async Task<double> ConfidenceOfAsync(string dfid)
    {
        double confidence = 0;
        await WithDatabaseAsync(async db => confidence = await db.Items.Where(i => i.Dfid == dfid)
            .Select(i => i.ConfidenceScore).SingleAsync());
        return confidence;
    }

    /// <summary>The DFIDs of a list response, in order.</summary>
    protected static List<string> DfidsOf(JsonElement items) =>
        items.EnumerateArray().Select(i => i.GetProperty("dfid").GetString()!).ToList();

    protected static List<string> IdentifierValues(JsonElement item) =>
        item.GetProperty("identifiers").EnumerateArray().Select(i => i.GetProperty("value").GetString()!).ToList();

    protected static List<string> SourceEntries(JsonElement item) =>
        item.GetProperty("source_entries").EnumerateArray().Select(e => e.GetString()!).ToList();
}
