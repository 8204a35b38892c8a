using System.Globalization;
using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Circuits;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Items;

/// <summary>
/// Helpers of the front end's item, event and adapter tests: items created through <c>/gateway/api/items</c>,
/// circuits arranged through the engines routes, and the shapes the front end reads.
/// </summary>
public abstract class GatewayItemsTestBase : PushTestBase
{
    protected const string GatewayItemsPath = "/gateway/api/items";
    protected const string GatewayEventsPath = "/gateway/api/events";

    /// <summary>A NovoItem body: value chain, country and year, the circuit (or null) and the ignored user id.</summary>
    protected static object NewItemBody(
        string? circuitId = null, object? metadata = null, object[]? identifiers = null, string valueChain = "bovino",
        string country = "BR", int year = 2025) =>
        new { value_chain = valueChain, country, year, circuit_id = circuitId, metadata, identifiers, user_id = "unknown" };

    /// <summary>A canonical identifier as the front end sends it.</summary>
    protected static object CanonicalInput(string type, string value) => new { identifier_type = type, value, is_canonical = true };

    /// <summary>Creates an item through the gateway, asserting 201, and returns the whole answer.</summary>
    protected static async Task<JsonElement> CreateGatewayItemAsync(RegisteredUser user, object? body = null)
    {
        var response = await PostAsync(user, GatewayItemsPath, body ?? NewItemBody());
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return await response.ReadJsonAsync();
    }

    /// <summary>Creates an item through the gateway and returns its id.</summary>
    protected static async Task<string> CreateGatewayItemIdAsync(RegisteredUser user, object? body = null) =>
        ItemIdOf(await CreateGatewayItemAsync(user, body));

    protected static string ItemIdOf(JsonElement created) => created.GetProperty("item").GetProperty("id").GetString()!;

    protected static async Task<JsonElement> GatewayGetOkAsync(RegisteredUser user, string path) =>
        await (await GetAsync(user, path)).ShouldBeOkAsync();

    /// <summary>The ids of <c>{items}</c> of the item list, in the order answered.</summary>
    protected static async Task<List<string>> ListedItemIdsAsync(RegisteredUser user, string query = "")
    {
        var body = await GatewayGetOkAsync(user, GatewayItemsPath + query);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        body.GetProperty("count").GetInt32().ShouldBe(items.Count);
        return items.Select(i => i.GetProperty("id").GetString()!).ToList();
    }

    /// <summary>The events of <c>{events}</c> of the event list, in the order answered.</summary>
    protected static async Task<List<JsonElement>> ListedEventsAsync(RegisteredUser user, string query = "")
    {
        var body = await GatewayGetOkAsync(user, GatewayEventsPath + query);
        var events = body.GetProperty("events").EnumerateArray().ToList();
        body.GetProperty("count").GetInt32().ShouldBe(events.Count);
        return events;
    }

    protected static string Type(JsonElement @event) => @event.GetProperty("event_type").GetString()!;

    /// <summary>A gateway date: ISO-8601 UTC with milliseconds and <c>Z</c> (spa-contract §3.2).</summary>
    protected static void ShouldBeGatewayDate(JsonElement element, string property)
    {
        var text = element.GetProperty(property).GetString()!;
        DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            .ShouldBeTrue($"{property} = {text}");
    }

    protected static async Task<int> CountEventsAsync()
    {
        var count = 0;
        await WithDatabaseAsync(async db => count = await db.Events.CountAsync());
        return count;
    }
}
