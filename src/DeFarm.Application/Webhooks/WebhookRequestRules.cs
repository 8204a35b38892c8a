using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// Shape rules of a webhook in a create or update request. Whether the URL's host may be called (SSRF) is
/// decided by <see cref="Common.Interfaces.IWebhookUrlGuard"/> once the shape is right.
/// </summary>
internal static class WebhookRequestRules
{
    public const int MinDelayMs = 10;
    public const int MaxInitialDelayMs = 3_600_000;
    public const int MaxDelayMs = 86_400_000;
    public const double MaxBackoffMultiplier = 10;

    /// <summary>An absolute http(s) URL without user information (credentials belong in <c>auth_credentials</c>).</summary>
    public static IRuleBuilderOptions<T, string?> MustBeWebhookUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Webhook.MaxUrlLength).WithMessage($"url must be at most {Webhook.MaxUrlLength} characters")
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri)
                && uri.Scheme is "http" or "https" && uri.UserInfo.Length == 0 && uri.Host.Length > 0)
            .WithMessage("url must be an absolute http or https URL without user name or password");

    public static IRuleBuilderOptions<T, string?> MustBeWebhookName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(Webhook.MaxNameLength).WithMessage($"name must be at most {Webhook.MaxNameLength} characters");

    /// <summary>A spelling of one of <typeparamref name="TEnum"/>'s names (see <see cref="WebhookWireNames"/>).</summary>
    public static IRuleBuilderOptions<T, string?> MustBeOneOf<T, TEnum>(this IRuleBuilder<T, string?> rule, string field)
        where TEnum : struct, Enum =>
        rule.Must(text => text is null || WebhookWireNames.TryParse<TEnum>(text, out _))
            .WithMessage($"{field} must be one of {string.Join(", ", Enum.GetNames<TEnum>())}");

    public static IRuleBuilderOptions<T, IReadOnlyDictionary<string, string>?> MustBeAllowedHeaders<T>(
        this IRuleBuilder<T, IReadOnlyDictionary<string, string>?> rule) =>
        rule.Must(headers => headers is null || (headers.Count <= WebhookHeaderRules.MaxHeaders
                && headers.All(h => WebhookHeaderRules.IsAllowedName(h.Key) && WebhookHeaderRules.IsAllowedValue(h.Value))))
            .WithMessage($"headers holds at most {WebhookHeaderRules.MaxHeaders} headers whose names are HTTP tokens other than content, host and X-DeFarm-* headers and whose values have no line breaks");
}
