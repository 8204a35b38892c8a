using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Application.Webhooks;

internal static class WebhookUrls
{
    /// <summary>The URL (its shape already validated) if its host may be called; 400 <c>webhook_url_not_allowed</c> otherwise.</summary>
    public static async Task<Uri> CheckAsync(IWebhookUrlGuard guard, string url, CancellationToken cancellationToken)
    {
        var uri = new Uri(url, UriKind.Absolute);
        return await guard.FindRejectionAsync(uri, cancellationToken) is { } reason
            ? throw WebhookErrors.UrlNotAllowed(reason)
            : uri;
    }
}
