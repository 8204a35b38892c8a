using DeFarm.Domain.Webhooks;

namespace DeFarm.Application.Common.Interfaces;

/// <summary>One HTTP request of a webhook delivery, complete with its headers and the exact body bytes.</summary>
public sealed record WebhookCall(
    Uri Url, string Method, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body);

/// <summary>Makes webhook calls, only ever to addresses <see cref="IWebhookUrlGuard"/> allows.</summary>
public interface IWebhookSender
{
    /// <summary>
    /// Sends once. Any answer — and any failure to get one (refused address, DNS, timeout, connection) — is the
    /// outcome; only cancellation of <paramref name="cancellationToken"/> throws.
    /// </summary>
    Task<WebhookAttemptOutcome> SendAsync(WebhookCall call, CancellationToken cancellationToken);
}

/// <summary>Tells the delivery workers of this instance that new deliveries are due, so they need not wait for their next poll.</summary>
public interface IWebhookDeliverySignal
{
    void Wake();
}
