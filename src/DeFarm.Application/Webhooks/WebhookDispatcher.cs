using System.Globalization;
using System.Text;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Webhooks;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// Makes one attempt of a delivery and records it: the webhook's method, its headers, its authentication, and
/// DeFarm's own headers — event, delivery id (the same on every attempt, for receivers to ignore repeats),
/// attempt time and signature.
/// </summary>
internal sealed class WebhookDispatcher(IWebhookSender sender, TimeProvider clock)
{
    public async Task AttemptAsync(
        WebhookDelivery delivery, Webhook webhook, WebhookRetryPolicy retryPolicy, CancellationToken cancellationToken)
    {
        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var headers = new Dictionary<string, string>(webhook.HeaderPairs, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in AuthenticationHeaders(webhook))
        {
            headers[name] = value;
        }

        headers[WebhookSignature.EventHeader] = delivery.EventType;
        headers[WebhookSignature.DeliveryHeader] = delivery.Id.ToString();
        headers[WebhookSignature.TimestampHeader] =
            clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        headers[WebhookSignature.SignatureHeader] = WebhookSignature.Sign(webhook.SigningSecret, body);

        var call = new WebhookCall(
            new Uri(webhook.Url), webhook.Method.ToString().ToUpperInvariant(), headers.ToList(), body);
        var outcome = await sender.SendAsync(call, cancellationToken);
        delivery.RecordAttempt(outcome, retryPolicy, clock.GetUtcNow());
    }

    private static IEnumerable<KeyValuePair<string, string>> AuthenticationHeaders(Webhook webhook)
    {
        if (webhook.AuthCredentials is not { } credentials)
        {
            yield break;
        }

        switch (webhook.AuthType)
        {
            case WebhookAuthType.BearerToken:
                yield return KeyValuePair.Create("Authorization", $"Bearer {credentials}");
                break;
            case WebhookAuthType.ApiKey:
                yield return KeyValuePair.Create("X-API-Key", credentials);
                break;
            case WebhookAuthType.BasicAuth:
                yield return KeyValuePair.Create("Authorization", $"Basic {Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials))}");
                break;
            case WebhookAuthType.CustomHeader when WebhookHeaderRules.SplitCustomHeader(credentials) is var (name, value):
                yield return KeyValuePair.Create(name, value);
                break;
        }
    }
}
