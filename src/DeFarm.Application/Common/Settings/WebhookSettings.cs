namespace DeFarm.Application.Common.Settings;

/// <summary>
/// Webhook delivery (<c>Webhooks:*</c>): the timeout of one HTTP attempt, how often workers look for due
/// deliveries, how many deliveries an instance sends at once, whether this instance runs workers at all, and the
/// hosts webhooks may call although they resolve to internal addresses (local development and tests only).
/// </summary>
public sealed record WebhookSettings(
    TimeSpan AttemptTimeout,
    TimeSpan PollInterval,
    int Concurrency,
    bool WorkerEnabled,
    IReadOnlyList<string> AllowedHosts)
{
    /// <summary>
    /// How long a claimed delivery is kept from other workers: long enough for the attempt to finish, so a
    /// receiver is only called twice for one attempt when the worker died half-way.
    /// </summary>
    public TimeSpan ClaimLease => AttemptTimeout * 2 + TimeSpan.FromSeconds(5);
}
