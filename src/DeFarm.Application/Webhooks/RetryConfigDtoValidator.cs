using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Webhooks;

/// <summary>The bounds of <c>retry_config</c>; what is not given takes the default (or the current value).</summary>
internal sealed class RetryConfigDtoValidator : AbstractValidator<RetryConfigDto>
{
    public RetryConfigDtoValidator()
    {
        RuleFor(r => r.MaxRetries).InclusiveBetween(0, WebhookRetryPolicy.MaxRetriesLimit)
            .WithMessage($"retry_config.max_retries must be between 0 and {WebhookRetryPolicy.MaxRetriesLimit}");
        RuleFor(r => r.InitialDelayMs).InclusiveBetween(WebhookRequestRules.MinDelayMs, WebhookRequestRules.MaxInitialDelayMs)
            .WithMessage($"retry_config.initial_delay_ms must be between {WebhookRequestRules.MinDelayMs} and {WebhookRequestRules.MaxInitialDelayMs}");
        RuleFor(r => r.MaxDelayMs).InclusiveBetween(WebhookRequestRules.MinDelayMs, WebhookRequestRules.MaxDelayMs)
            .WithMessage($"retry_config.max_delay_ms must be between {WebhookRequestRules.MinDelayMs} and {WebhookRequestRules.MaxDelayMs}");
        RuleFor(r => r.BackoffMultiplier).InclusiveBetween(1, WebhookRequestRules.MaxBackoffMultiplier)
            .WithMessage($"retry_config.backoff_multiplier must be between 1 and {WebhookRequestRules.MaxBackoffMultiplier}");
    }
}
