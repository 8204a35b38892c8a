using System.Text.RegularExpressions;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// The request spellings of the post-action enums, case-insensitive and with or without underscores: triggers
/// as <c>item_pushed</c> or <c>ItemPushed</c>, methods as <c>POST</c>, authentication as <c>bearer_token</c> or
/// <c>BearerToken</c>.
/// </summary>
public static partial class WebhookWireNames
{
    /// <summary>The payload's <c>event_type</c> of a test delivery.</summary>
    public const string TestEvent = "webhook_test";

    /// <summary><c>item_pushed</c> for <see cref="WebhookTrigger.ItemPushed"/>.</summary>
    public static string Of(WebhookTrigger trigger) => UpperLetter().Replace(trigger.ToString(), "_$0").TrimStart('_').ToLowerInvariant();

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum =>
        Enum.TryParse(text?.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true, out value)
        && Enum.IsDefined(value) && !int.TryParse(text, out _);

    /// <summary>The value <paramref name="text"/> names (validated before), or <paramref name="fallback"/> when it is <c>null</c>.</summary>
    public static TEnum ParseOr<TEnum>(string? text, TEnum fallback)
        where TEnum : struct, Enum =>
        text is not null && TryParse<TEnum>(text, out var value) ? value : fallback;

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperLetter();
}
