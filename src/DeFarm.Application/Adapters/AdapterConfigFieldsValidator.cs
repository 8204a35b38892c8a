using System.Text.Json.Nodes;
using DeFarm.Domain.Storage;
using FluentValidation;

namespace DeFarm.Application.Adapters;

/// <summary>Shape rules of an adapter configuration body, included by the create and update validators.</summary>
internal sealed class AdapterConfigFieldsValidator : AbstractValidator<AdapterConfigFields>
{
    public AdapterConfigFieldsValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("name is required")
            .MaximumLength(AdapterConfigFields.MaxNameLength).WithMessage($"name must be at most {AdapterConfigFields.MaxNameLength} characters");
        RuleFor(r => r.Description).MaximumLength(AdapterConfigFields.MaxDescriptionLength)
            .WithMessage($"description must be at most {AdapterConfigFields.MaxDescriptionLength} characters");
        RuleFor(r => r.AdapterType).NotEmpty().WithMessage("adapter_type is required");
        RuleFor(r => r.ConnectionDetails).NotNull().WithMessage("connection_details is required");
        RuleFor(r => r.ConnectionDetails!).ChildRules(details =>
        {
            details.RuleFor(d => d.Endpoint).Must(BeHttpUrl)
                .WithMessage("connection_details.endpoint must be an http or https URL");
            details.RuleFor(d => d.Endpoint).MaximumLength(AdapterConfigFields.MaxEndpointLength)
                .WithMessage($"connection_details.endpoint must be at most {AdapterConfigFields.MaxEndpointLength} characters");
            details.RuleFor(d => d.AuthType).Must(BeAuthType).When(d => d.AuthType is not null)
                .WithMessage($"connection_details.auth_type must be one of {string.Join(", ", AdapterConnection.AuthTypes)} or Custom(<scheme>)");
            details.RuleFor(d => d.TimeoutMs).InclusiveBetween(1, 600_000)
                .WithMessage("connection_details.timeout_ms must be between 1 and 600000");
            details.RuleFor(d => d.RetryAttempts).InclusiveBetween(0, 10)
                .WithMessage("connection_details.retry_attempts must be between 0 and 10");
            details.RuleFor(d => d.MaxConcurrentRequests).InclusiveBetween(1, 1000)
                .WithMessage("connection_details.max_concurrent_requests must be between 1 and 1000");
            details.RuleFor(d => d.CustomHeaders).Must(HaveTextValues)
                .WithMessage("connection_details.custom_headers must map header names to strings");
        }).When(r => r.ConnectionDetails is not null);
    }

    private static bool BeHttpUrl(string endpoint) =>
        Uri.TryCreate(endpoint.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static bool BeAuthType(string? authType) =>
        AdapterConnection.AuthTypes.Contains(authType)
        || (authType is { Length: > 8 } custom && custom.StartsWith("Custom(", StringComparison.Ordinal) && custom.EndsWith(')'));

    private static bool HaveTextValues(JsonObject? headers) =>
        headers is null || headers.All(h => !string.IsNullOrWhiteSpace(h.Key) && h.Value is JsonValue value && value.TryGetValue<string>(out _));
}
