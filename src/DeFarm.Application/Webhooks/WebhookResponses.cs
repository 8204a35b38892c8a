using System.Text.Json.Nodes;
using DeFarm.Application.Common;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Webhooks;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// <c>retry_config</c> of a webhook, in a request (every member optional: the defaults of engines-api.md §1.4)
/// and in a response.
/// </summary>
public sealed record RetryConfigDto(int? MaxRetries, int? InitialDelayMs, int? MaxDelayMs, double? BackoffMultiplier)
{
    /// <summary>Nothing given: every value from the basis.</summary>
    public static RetryConfigDto Defaults { get; } = new(null, null, null, null);

    public static RetryConfigDto From(WebhookRetryPolicy policy) =>
        new(policy.MaxRetries, policy.InitialDelayMs, policy.MaxDelayMs, policy.BackoffMultiplier);

    /// <summary>
    /// The policy with what is not given taken from <paramref name="basis"/> (the defaults, or the current
    /// policy); an initial delay above the basis's max delay raises the max delay with it.
    /// </summary>
    public WebhookRetryPolicy ToPolicy(WebhookRetryPolicy basis) => new(
        MaxRetries ?? basis.MaxRetries,
        InitialDelayMs ?? basis.InitialDelayMs,
        MaxDelayMs ?? Math.Max(basis.MaxDelayMs, InitialDelayMs ?? 0),
        BackoffMultiplier ?? basis.BackoffMultiplier);
}

/// <summary>
/// A webhook as the routes show it (engines-api.md §1.4 WebhookConfig). The credentials and the signing secret
/// are never shown; <see cref="HasAuthCredentials"/> says whether credentials are set.
/// </summary>
public sealed record WebhookResponse(
    Guid Id,
    string Name,
    string Url,
    WebhookMethod Method,
    IReadOnlyDictionary<string, string> Headers,
    WebhookAuthType AuthType,
    bool HasAuthCredentials,
    bool Enabled,
    RetryConfigDto RetryConfig,
    long CreatedAt,
    long UpdatedAt)
{
    public static WebhookResponse From(Webhook webhook) => new(
        webhook.Id,
        webhook.Name,
        webhook.Url,
        webhook.Method,
        webhook.HeaderPairs.ToDictionary(),
        webhook.AuthType,
        webhook.AuthCredentials is not null,
        webhook.Enabled,
        RetryConfigDto.From(webhook.RetryPolicy),
        UnixTime.Seconds(webhook.CreatedAt),
        UnixTime.Seconds(webhook.UpdatedAt));
}

/// <summary>
/// A webhook just created: the only answer that carries its signing secret (the HMAC-SHA256 key of the
/// <c>X-DeFarm-Signature</c> header), which the receiver must keep.
/// </summary>
public sealed record CreatedWebhookResponse(bool Success, string Message, WebhookResponse Data, string SigningSecret);

/// <summary>The post-action settings of a circuit with its webhooks (engines-api.md §1.4 PostActionSettings).</summary>
public sealed record PostActionSettingsResponse(
    bool Enabled,
    IReadOnlyList<WebhookResponse> Webhooks,
    IReadOnlyList<WebhookTrigger> TriggerEvents,
    bool IncludeStorageDetails,
    bool IncludeItemMetadata)
{
    /// <summary><c>null</c> for a circuit whose post actions were never configured.</summary>
    public static PostActionSettingsResponse? From(Circuit circuit) => circuit.PostActionSettings is { } settings
        ? new PostActionSettingsResponse(
            settings.Enabled,
            circuit.Webhooks.Select(WebhookResponse.From).ToList(),
            settings.TriggerEvents,
            settings.IncludeStorageDetails,
            settings.IncludeItemMetadata)
        : null;
}

/// <summary><c>{"success": true, "message": "...", "data": ...}</c>, the answer of the post-action changes.</summary>
public sealed record PostActionChangeResponse<T>(bool Success, string Message, T Data);

/// <summary>One attempt of a delivery; duration in milliseconds, time in Unix seconds.</summary>
public sealed record WebhookAttemptResponse(int Attempt, long AttemptedAt, int? StatusCode, long DurationMs, string? Error, bool Succeeded)
{
    public static WebhookAttemptResponse From(WebhookDeliveryAttempt attempt) => new(
        attempt.Number, UnixTime.Seconds(attempt.AttemptedAt), attempt.StatusCode, attempt.DurationMs, attempt.Error,
        attempt.Succeeded);
}

/// <summary>A delivery of the outbox with every attempt made so far; the payload is the exact body sent.</summary>
public sealed record WebhookDeliveryResponse(
    Guid Id,
    Guid WebhookId,
    Guid CircuitId,
    string EventType,
    Guid? OperationId,
    WebhookDeliveryStatus Status,
    int AttemptCount,
    long? NextAttemptAt,
    int? LastStatusCode,
    string? LastError,
    long CreatedAt,
    long? DeliveredAt,
    JsonNode? Payload,
    IReadOnlyList<WebhookAttemptResponse> Attempts)
{
    public static WebhookDeliveryResponse From(WebhookDelivery delivery) => new(
        delivery.Id,
        delivery.WebhookId,
        delivery.CircuitId,
        delivery.EventType,
        delivery.OperationId,
        delivery.Status,
        delivery.AttemptCount,
        delivery.NextAttemptAt is { } next ? UnixTime.Seconds(next) : null,
        delivery.LastStatusCode,
        delivery.LastError,
        UnixTime.Seconds(delivery.CreatedAt),
        delivery.DeliveredAt is { } delivered ? UnixTime.Seconds(delivered) : null,
        JsonNode.Parse(delivery.Payload),
        delivery.Attempts.Select(WebhookAttemptResponse.From).ToList());
}

/// <summary><c>{"success": true, "data": [...], "count": n}</c>.</summary>
public sealed record WebhookDeliveryListResponse(bool Success, IReadOnlyList<WebhookDeliveryResponse> Data, int Count);

/// <summary>
/// The answer of the test route: the delivery it made and, in <see cref="Success"/> and <see cref="Message"/>,
/// whether the receiver accepted it.
/// </summary>
public sealed record WebhookTestResponse(bool Success, string Message, WebhookSummary Webhook, WebhookDeliveryResponse Delivery);

public sealed record WebhookSummary(Guid Id, string Name, string Url);
