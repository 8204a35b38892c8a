using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Circuits;

/// <summary>What a webhook is made of, as given when it is created.</summary>
public sealed record WebhookDefinition(
    string Name,
    Uri Url,
    WebhookMethod Method,
    IReadOnlyDictionary<string, string> Headers,
    WebhookAuthType AuthType,
    string? AuthCredentials,
    bool Enabled,
    WebhookRetryPolicy RetryPolicy);

/// <summary>A change of a webhook: what is <c>null</c> stays as it is.</summary>
public sealed record WebhookChange(
    string? Name = null,
    Uri? Url = null,
    WebhookMethod? Method = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    WebhookAuthType? AuthType = null,
    string? AuthCredentials = null,
    bool? Enabled = null,
    WebhookRetryPolicy? RetryPolicy = null);

/// <summary>
/// An HTTP endpoint told about a circuit's items (engines-api.md §1.4 WebhookConfig). Its credentials and its
/// signing secret are kept to call and sign, never shown again once created.
/// </summary>
public sealed class Webhook
{
    public const int MaxNameLength = 255;
    public const int MaxUrlLength = 2000;

    private Webhook()
    {
    }

    internal Webhook(WebhookDefinition definition, string signingSecret, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        SigningSecret = signingSecret;
        CreatedAt = now;
        Apply(new WebhookChange(
            definition.Name, definition.Url, definition.Method, definition.Headers, definition.AuthType,
            definition.AuthCredentials, definition.Enabled, definition.RetryPolicy), now);
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;
    public string Url { get; private set; } = string.Empty;
    public WebhookMethod Method { get; private set; }

    /// <summary>Extra request headers, name → value (strings only).</summary>
    public JsonObject Headers { get; private set; } = [];

    public WebhookAuthType AuthType { get; private set; }

    /// <summary>What <see cref="AuthType"/> sends; <c>null</c> with <see cref="WebhookAuthType.None"/>.</summary>
    public string? AuthCredentials { get; private set; }

    public bool Enabled { get; private set; }
    public WebhookRetryPolicy RetryPolicy { get; private set; } = WebhookRetryPolicy.Default;

    /// <summary>The HMAC-SHA256 key of this webhook's signatures, generated at creation.</summary>
    public string SigningSecret { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IEnumerable<KeyValuePair<string, string>> HeaderPairs =>
        Headers.Select(h => KeyValuePair.Create(h.Key, h.Value!.GetValue<string>()));

    /// <summary>Applies what the change gives; headers are replaced as a whole.</summary>
    internal void Apply(WebhookChange change, DateTimeOffset now)
    {
        if (change.Name is not null)
        {
            Name = string.IsNullOrWhiteSpace(change.Name)
                ? throw new BusinessRuleException("invalid_webhook_name", "Webhook name is required")
                : change.Name.Trim();
        }

        if (change.Url is not null)
        {
            Url = change.Url is { IsAbsoluteUri: true, Scheme: "http" or "https" }
                ? change.Url.AbsoluteUri
                : throw new BusinessRuleException("invalid_webhook_url", "Webhook URL must be an absolute http or https URL");
        }

        Method = change.Method ?? Method;
        if (change.Headers is not null)
        {
            WebhookHeaderRules.EnsureValidHeaders(change.Headers);
            Headers = new JsonObject(change.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value)));
        }

        ApplyAuthentication(change.AuthType, change.AuthCredentials);
        Enabled = change.Enabled ?? Enabled;
        RetryPolicy = change.RetryPolicy ?? RetryPolicy;
        UpdatedAt = now;
    }

    /// <summary>
    /// A new authentication type needs its credentials (the old type's are never carried over); credentials alone
    /// replace those of the current type; <see cref="WebhookAuthType.None"/> has none.
    /// </summary>
    private void ApplyAuthentication(WebhookAuthType? authType, string? credentials)
    {
        var type = authType ?? AuthType;
        var given = string.IsNullOrEmpty(credentials) ? null : credentials;
        if (type == WebhookAuthType.None)
        {
            if (given is not null)
            {
                throw new BusinessRuleException("auth_type_required", "auth_credentials need an auth_type other than None");
            }

            (AuthType, AuthCredentials) = (type, null);
            return;
        }

        var kept = type == AuthType ? AuthCredentials : null;
        var chosen = given ?? kept
            ?? throw new BusinessRuleException("auth_credentials_required", $"auth_type {type} needs auth_credentials");
        WebhookHeaderRules.EnsureValidCredentials(type, chosen);
        (AuthType, AuthCredentials) = (type, chosen);
    }
}
