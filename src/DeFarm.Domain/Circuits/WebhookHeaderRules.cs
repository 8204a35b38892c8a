using System.Text.RegularExpressions;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Circuits;

/// <summary>
/// What a webhook may put into its requests: header names that are HTTP tokens, values without line breaks, and
/// never a header DeFarm sets itself (content, host, its own <c>X-DeFarm-*</c> headers), so a configuration
/// cannot forge a signature or break the request.
/// </summary>
public static partial class WebhookHeaderRules
{
    public const int MaxHeaders = 20;
    public const int MaxHeaderLength = 1000;
    public const string DeFarmPrefix = "X-DeFarm-";

    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Type", "Content-Length", "Content-Encoding", "Transfer-Encoding", "Connection", "Upgrade",
        "Expect", "TE", "Trailer", "Keep-Alive", "Proxy-Connection",
    };

    public static bool IsAllowedName(string name) =>
        HeaderToken().IsMatch(name) && !Reserved.Contains(name)
        && !name.StartsWith(DeFarmPrefix, StringComparison.OrdinalIgnoreCase);

    public static bool IsAllowedValue(string value) =>
        value.Length <= MaxHeaderLength && !value.Contains('\r') && !value.Contains('\n');

    public static void EnsureValidHeaders(IReadOnlyDictionary<string, string> headers)
    {
        if (headers.Count > MaxHeaders)
        {
            throw Invalid($"A webhook has at most {MaxHeaders} headers");
        }

        if (headers.FirstOrDefault(h => !IsAllowedName(h.Key) || !IsAllowedValue(h.Value)) is { Key: { } bad })
        {
            throw Invalid($"Header '{bad}' is not allowed: names are HTTP tokens other than content, host and X-DeFarm-* headers, values have no line breaks");
        }
    }

    /// <summary>Basic auth credentials are <c>user:password</c>; a custom header is <c>Name: value</c>.</summary>
    public static void EnsureValidCredentials(WebhookAuthType type, string credentials)
    {
        var valid = credentials.Length <= MaxHeaderLength && type switch
        {
            WebhookAuthType.BasicAuth => credentials.Contains(':') && IsAllowedValue(credentials),
            WebhookAuthType.CustomHeader => SplitCustomHeader(credentials) is var (name, value)
                && IsAllowedName(name) && IsAllowedValue(value),
            _ => IsAllowedValue(credentials),
        };
        if (!valid)
        {
            throw new BusinessRuleException(
                "invalid_auth_credentials",
                type switch
                {
                    WebhookAuthType.BasicAuth => "BasicAuth credentials are 'user:password'",
                    WebhookAuthType.CustomHeader => "CustomHeader credentials are 'Header-Name: value' with an allowed header name",
                    _ => "auth_credentials must be one line of at most 1000 characters",
                });
        }
    }

    /// <summary>The header of <see cref="WebhookAuthType.CustomHeader"/> credentials, or <c>null</c> when malformed.</summary>
    public static (string Name, string Value)? SplitCustomHeader(string credentials)
    {
        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 ? null : (credentials[..colon].Trim(), credentials[(colon + 1)..].Trim());
    }

    private static BusinessRuleException Invalid(string message) => new("invalid_webhook_headers", message);

    [GeneratedRegex("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")]
    private static partial Regex HeaderToken();
}
