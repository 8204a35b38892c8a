namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Keeps webhooks away from the deployment's own network (SSRF): a webhook URL must name a host whose every
/// address is public, unless the host is explicitly allowed by configuration (local development, tests).
/// The same rule is applied again when a delivery connects, to the address it actually connects to.
/// </summary>
public interface IWebhookUrlGuard
{
    /// <summary>Why <paramref name="url"/> may not be called, or <c>null</c> when it may (resolves its host).</summary>
    Task<string?> FindRejectionAsync(Uri url, CancellationToken cancellationToken);
}
