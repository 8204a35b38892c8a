using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Circuits;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Infrastructure.Security;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Events;

/// <summary>A signed-in user of an events test and a client that sends their token.</summary>
public sealed record EventActor(RegisteredUser User, HttpClient Client)
{
    public string Id => User.UserId;
}

/// <summary>
/// Helpers of the <c>/api/events</c> tests: users, their items and events, all through the API, and the circuit
/// helpers of <see cref="CircuitsTestBase"/> for the circuits that decide who sees circuit-only events.
/// </summary>
public abstract class EventsTestBase : CircuitsTestBase
{
    private readonly List<HttpClient> _clients = [];

    [TearDown]
    public void DisposeActorClients() => _clients.ForEach(client => client.Dispose());

    /// <param name="workspaceName">The workspace to join; by default the user gets one of their own.</param>
    protected async Task<EventActor> SignUpAsync(string? workspaceName = null)
    {
        var user = await RegisterAsync(workspaceName: workspaceName);
        var client = ClientWithToken(user.Token);
        _clients.Add(client);
        return new EventActor(user, client);
    }

    /// <summary>Creates an item owned by <paramref name="actor"/> and returns its DFID.</summary>
    protected static async Task<string> CreateItemAsync(EventActor actor)
    {
        var response = await actor.Client.PostAsJsonAsync("/api/items", new
        {
            identifiers = new[] { new { @namespace = "bovino", key = "lote", value = $"L-{Guid.NewGuid():N}" } },
        });
        var body = await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return body.GetProperty("dfid").GetString()!;
    }

    protected static Task<HttpResponseMessage> PostEventAsync(
        EventActor actor, string dfid, string eventType = "Created", string visibility = "public", object? metadata = null) =>
        actor.Client.PostAsJsonAsync(
            "/api/events", new { dfid, event_type = eventType, visibility, metadata = metadata ?? new { } });

    /// <summary>Posts a new event and returns its id (asserting 201).</summary>
    protected static async Task<string> CreateEventAsync(
        EventActor actor, string dfid, string visibility = "public", object? metadata = null, string eventType = "Created")
    {
        var body = await (await PostEventAsync(actor, dfid, eventType, visibility, metadata))
            .ShouldHaveStatusAsync(HttpStatusCode.Created);
        return body.GetProperty("event_id").GetString()!;
    }

    protected static async Task<HttpResponseMessage> PostLocalEventAsync(
        EventActor actor, string eventType = "Updated", string visibility = "public", object? metadata = null) =>
        await actor.Client.PostAsJsonAsync(
            "/api/events/local", new { event_type = eventType, visibility, metadata = metadata ?? new { } });

    /// <summary>The ids of a list response, in order.</summary>
    protected static async Task<List<string>> ListIdsAsync(EventActor actor, string path)
    {
        var body = await (await actor.Client.GetAsync(path)).ShouldHaveStatusAsync(HttpStatusCode.OK);
        return body.EnumerateArray().Select(e => e.GetProperty("event_id").GetString()!).ToList();
    }

    protected static async Task<int> CountStoredEventsAsync()
    {
        var count = 0;
        await WithDatabaseAsync(async db => count = await db.Events.CountAsync());
        return count;
    }

    /// <summary>Sends a command through the mediator in a fresh scope, as <paramref name="actor"/> would in a request.</summary>
    protected static async Task<TResponse> SendAsAsync<TResponse>(EventActor actor, IMessage message)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var identity = new ClaimsIdentity([new Claim(JwtSettings.UserIdClaim, actor.Id)], authenticationType: "Test");
        accessor.HttpContext = new DefaultHttpContext { User = new ClaimsPrincipal(identity) };
        try
        {
            return (TResponse)(await scope.ServiceProvider.GetRequiredService<ISender>().Send(message))!;
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}

public static class EventAssertions
{
    /// <summary>Asserts the status with the body shown on failure, and returns the JSON body.</summary>
    public static async Task<JsonElement> ShouldHaveStatusAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static Task<JsonElement> ShouldBeEventNotFoundAsync(this HttpResponseMessage response) =>
        response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "event_not_found", "Event not found");

    public static Task<JsonElement> ShouldBeItemNotFoundAsync(this HttpResponseMessage response) =>
        response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "item_not_found", "Item not found");

    public static Task<JsonElement> ShouldBeBadRequestAsync(this HttpResponseMessage response, string message) =>
        response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", message);
}
