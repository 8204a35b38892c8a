using DeFarm.Domain.Common;

namespace DeFarm.Domain.Circuits;

/// <summary>
/// How often and how late a failed webhook delivery is tried again (engines-api.md §1.4 <c>retry_config</c>):
/// after the n-th failure the next attempt waits <c>initial_delay × multiplier^(n-1)</c>, at most
/// <c>max_delay</c>, until <see cref="MaxRetries"/> retries have failed too.
/// </summary>
public sealed class WebhookRetryPolicy
{
    public const int MaxRetriesLimit = 10;

    private WebhookRetryPolicy()
    {
    }

    public WebhookRetryPolicy(int maxRetries, int initialDelayMs, int maxDelayMs, double backoffMultiplier)
    {
        if (maxRetries is < 0 or > MaxRetriesLimit || initialDelayMs <= 0 || maxDelayMs < initialDelayMs
            || backoffMultiplier < 1 || double.IsNaN(backoffMultiplier))
        {
            throw new BusinessRuleException(
                "invalid_retry_config",
                $"retry_config needs 0–{MaxRetriesLimit} retries, a positive initial delay, a max delay not below it and a multiplier of at least 1");
        }

        MaxRetries = maxRetries;
        InitialDelayMs = initialDelayMs;
        MaxDelayMs = maxDelayMs;
        BackoffMultiplier = backoffMultiplier;
    }

    /// <summary>The original's defaults: 3 retries, 1 s doubling up to 30 s.</summary>
    public static WebhookRetryPolicy Default => new(3, 1000, 30_000, 2.0);

    /// <summary>One attempt and no retry (test deliveries).</summary>
    public static WebhookRetryPolicy NoRetries => new(0, 1, 1, 1);

    public int MaxRetries { get; private set; }
    public int InitialDelayMs { get; private set; }
    public int MaxDelayMs { get; private set; }
    public double BackoffMultiplier { get; private set; }

    /// <summary>The wait before the next attempt after <paramref name="failedAttempts"/> failures (at least 1).</summary>
    public TimeSpan DelayAfter(int failedAttempts)
    {
        var delay = InitialDelayMs * Math.Pow(BackoffMultiplier, Math.Max(0, failedAttempts - 1));
        return TimeSpan.FromMilliseconds(Math.Min(delay, MaxDelayMs));
    }
}
