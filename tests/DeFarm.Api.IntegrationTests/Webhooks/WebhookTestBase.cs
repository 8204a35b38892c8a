using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Circuits;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Webhooks;

/// <summary>
/// Helpers of the webhook tests: post actions configured through the API, webhooks whose host is allowed only on
/// a host started with <see cref="DeliveryHostSettings"/> (the shared host allows none), and the outbox read from
/// the database.
/// </summary>
public abstract class WebhookTestBase : PushTestBase
{
    /// <summary>A public address literal: accepted without DNS, never called by these tests.</summary>
    protected const string PublicUrl = "http://198.51.100.7/hooks/defarm";

    /// <summary>
    /// A host that runs delivery workers polling every 100 ms and may call webhooks on loopback (where
    /// <see cref="WebhookReceiver"/> listens), as a development machine would be configured.
    /// </summary>
    protected static Dictionary<string, string?> DeliveryHostSettings => new()
    {
        ["Webhooks:WorkerEnabled"] = "true",
        ["Webhooks:AllowedHosts"] = "127.0.0.1",
        ["Webhooks:PollIntervalMs"] = "100",
        ["Webhooks:TimeoutSeconds"] = "5",
    };

    protected static string PostActionsPath(string circuitId) => $"{CircuitsPath}/{circuitId}/post-actions";

    protected static string WebhookPath(string circuitId, string webhookId) => $"{PostActionsPath(circuitId)}/webhooks/{webhookId}";

    /// <summary>A client of <paramref name="host"/> signed in as <paramref name="user"/> (each host signs tokens with its own key).</summary>
    protected static async Task<HttpClient> SignInOnAsync(DeFarmApiFactory host, RegisteredUser user)
    {
        var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = user.Password });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await login.ShouldIssueTokenAsync());
        return client;
    }

    /// <summary>Turns post actions on for <paramref name="triggers"/> (asserting 200).</summary>
    protected static async Task EnablePostActionsAsync(RegisteredUser owner, string circuitId, params string[] triggers) =>
        await (await PutAsync(owner, PostActionsPath(circuitId), new { enabled = true, trigger_events = triggers })).ShouldBeOkAsync();

    /// <summary>Creates a webhook through <paramref name="client"/> (asserting 200) and answers the whole response.</summary>
    protected static async Task<CreatedWebhook> CreateWebhookAsync(HttpClient client, string circuitId, object body)
    {
        var created = await (await client.PostAsJsonAsync($"{PostActionsPath(circuitId)}/webhooks", body)).ShouldBeOkAsync();
        return new CreatedWebhook(
            created.GetProperty("data").GetProperty("id").GetString()!, created.GetProperty("signing_secret").GetString()!, created);
    }

    /// <summary>A receiver URL for a webhook with fast retries (for the delivery tests).</summary>
    protected static object FastRetryingWebhook(WebhookReceiver receiver, int maxRetries = 3, string path = "hooks/defarm") => new
    {
        name = "receiver",
        url = receiver.UrlOf(path),
        retry_config = new { max_retries = maxRetries, initial_delay_ms = 100, max_delay_ms = 400, backoff_multiplier = 2.0 },
    };

    protected static async Task<List<WebhookDelivery>> DeliveriesAsync()
    {
        List<WebhookDelivery> deliveries = [];
        await WithDatabaseAsync(async db => deliveries = await db.WebhookDeliveries.AsNoTracking()
            .OrderBy(d => d.CreatedAt).ThenBy(d => d.EventType).ToListAsync());
        return deliveries;
    }

    /// <summary>Waits until every delivery in the outbox is settled (and at least <paramref name="count"/> exist).</summary>
    protected static async Task<List<WebhookDelivery>> WaitUntilSettledAsync(int count)
    {
        List<WebhookDelivery> deliveries = [];
        await Eventually.HoldsAsync(
            async () => (deliveries = await DeliveriesAsync()).Count >= count && deliveries.All(d => !d.IsPending),
            what: $"{count} settled deliveries");
        return deliveries;
    }

    protected static string Signature(string secret, byte[] body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    protected static JsonElement BodyOf(ReceivedWebhook request) => JsonDocument.Parse(request.Body).RootElement.Clone();

    protected sealed record CreatedWebhook(string Id, string SigningSecret, JsonElement Response);
}
