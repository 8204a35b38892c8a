using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Common;

namespace DeFarm.Application.Webhooks;

public static class WebhookErrors
{
    public static NotFoundException SettingsNotConfigured() =>
        new("post_actions_not_configured", "Post-action settings not configured");

    /// <summary>Also what a webhook id that is not a UUID gets.</summary>
    public static NotFoundException NotFound() => new("webhook_not_found", "Webhook not found");

    /// <summary>The URL names an internal address (SSRF) or a host that does not resolve.</summary>
    public static BusinessRuleException UrlNotAllowed(string reason) =>
        new("webhook_url_not_allowed", $"Webhook URL not allowed: {reason}");
}
