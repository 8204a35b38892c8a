using DeFarm.Domain.Circuits;

namespace DeFarm.Domain.Webhooks;

public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt.</summary>
    Pending,

    /// <summary>The receiver answered 2xx; never sent again.</summary>
    Delivered,

    /// <summary>Every attempt the retry policy allows failed.</summary>
    Failed,

    /// <summary>Not sent (again): the webhook was removed or disabled, or the circuit's post actions turned off.</summary>
    Cancelled,
}

/// <summary>The result of one HTTP attempt: a status code when the receiver answered, an error otherwise.</summary>
public sealed record WebhookAttemptOutcome(int? StatusCode, TimeSpan Duration, string? Error)
{
    public bool Succeeded => Error is null && StatusCode is >= 200 and < 300;
}

/// <summary>
/// One message for one webhook, kept in the outbox from the transaction that caused it until it is delivered or
/// given up (decision 21: persisted). The body is fixed at creation, so every attempt sends — and signs — the same
/// bytes; each attempt is recorded.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxErrorLength = 1000;

    private readonly List<WebhookDeliveryAttempt> _attempts = [];

    private WebhookDelivery()
    {
    }

    private WebhookDelivery(Guid circuitId, Guid webhookId, string eventType, Guid? operationId, string payload, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        CircuitId = circuitId;
        WebhookId = webhookId;
        EventType = eventType;
        OperationId = operationId;
        Payload = payload;
        Status = WebhookDeliveryStatus.Pending;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }
    public Guid CircuitId { get; private set; }
    public Guid WebhookId { get; private set; }

    /// <summary>The payload's <c>event_type</c>: a trigger's wire name, or <c>webhook_test</c>.</summary>
    public string EventType { get; private set; } = string.Empty;

    public Guid? OperationId { get; private set; }

    /// <summary>The exact JSON body sent (and signed) on every attempt.</summary>
    public string Payload { get; private set; } = string.Empty;

    public WebhookDeliveryStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When a worker may take it next; <c>null</c> once it is settled.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public IReadOnlyList<WebhookDeliveryAttempt> Attempts => _attempts;
    public int AttemptCount { get; private set; }
    public bool IsPending => Status == WebhookDeliveryStatus.Pending;

    public static WebhookDelivery Enqueue(
        Guid circuitId, Guid webhookId, string eventType, Guid? operationId, string payload, DateTimeOffset now) =>
        new(circuitId, webhookId, eventType, operationId, payload, now);

    /// <summary>Keeps other workers away until <paramref name="leaseUntil"/> while one attempt is made.</summary>
    public void Claim(DateTimeOffset leaseUntil)
    {
        EnsurePending();
        NextAttemptAt = leaseUntil;
    }

    /// <summary>
    /// Records an attempt: a success settles the delivery for good; a failure schedules the next attempt by
    /// <paramref name="retryPolicy"/>, or gives up once its retries are spent.
    /// </summary>
    public void RecordAttempt(WebhookAttemptOutcome outcome, WebhookRetryPolicy retryPolicy, DateTimeOffset now)
    {
        EnsurePending();
        var error = outcome.Error ?? (outcome.Succeeded ? null : $"Receiver answered HTTP {outcome.StatusCode}");
        error = error?.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        AttemptCount++;
        _attempts.Add(new WebhookDeliveryAttempt(
            AttemptCount, now, outcome.StatusCode, (long)outcome.Duration.TotalMilliseconds, error, outcome.Succeeded));
        LastStatusCode = outcome.StatusCode;
        LastError = error;
        if (outcome.Succeeded)
        {
            Settle(WebhookDeliveryStatus.Delivered);
            DeliveredAt = now;
        }
        else if (AttemptCount > retryPolicy.MaxRetries)
        {
            Settle(WebhookDeliveryStatus.Failed);
        }
        else
        {
            NextAttemptAt = now + retryPolicy.DelayAfter(AttemptCount);
        }
    }

    /// <summary>Gives up without another attempt, saying why.</summary>
    public void Cancel(string reason)
    {
        EnsurePending();
        LastError = reason;
        Settle(WebhookDeliveryStatus.Cancelled);
    }

    private void Settle(WebhookDeliveryStatus status)
    {
        Status = status;
        NextAttemptAt = null;
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"Delivery {Id} is {Status}; it is settled.");
        }
    }
}

/// <summary>One HTTP call of a delivery.</summary>
public sealed class WebhookDeliveryAttempt
{
    private WebhookDeliveryAttempt()
    {
    }

    internal WebhookDeliveryAttempt(
        int number, DateTimeOffset attemptedAt, int? statusCode, long durationMs, string? error, bool succeeded)
    {
        Number = number;
        AttemptedAt = attemptedAt;
        StatusCode = statusCode;
        DurationMs = durationMs;
        Error = error;
        Succeeded = succeeded;
    }

    public int Number { get; private set; }
    public DateTimeOffset AttemptedAt { get; private set; }
    public int? StatusCode { get; private set; }
    public long DurationMs { get; private set; }
    public string? Error { get; private set; }
    public bool Succeeded { get; private set; }
}
