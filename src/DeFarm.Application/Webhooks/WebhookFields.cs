using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// The fields a webhook is created or changed with (`WebhookConfig`, engines-api.md §3.12). On creation, name and
/// URL are required and the others default; on a change, each field left out keeps its value.
/// </summary>
public abstract record WebhookFields
{
    public string? Name { get; init; }
    public string? Url { get; init; }
    public string? Method { get; init; }
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
    public string? AuthType { get; init; }
    public string? AuthCredentials { get; init; }
    public bool? Enabled { get; init; }
    public RetryConfigDto? RetryConfig { get; init; }
}

/// <summary>The rules both webhook commands share; each adds its own for name and URL.</summary>
internal sealed class WebhookFieldsValidator : AbstractValidator<WebhookFields>
{
    public WebhookFieldsValidator()
    {
        RuleFor(c => c.Method).MustBeOneOf<WebhookFields, WebhookMethod>("method");
        RuleFor(c => c.AuthType).MustBeOneOf<WebhookFields, WebhookAuthType>("auth_type");
        RuleFor(c => c.Headers).MustBeAllowedHeaders();
        RuleFor(c => c.RetryConfig!).SetValidator(new RetryConfigDtoValidator()).When(c => c.RetryConfig is not null);
    }
}
