using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Webhooks.Commands.CreateWebhook;

internal sealed class CreateWebhookCommandValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("name is required").MustBeWebhookName();
        RuleFor(c => c.Url).NotEmpty().WithMessage("url is required").MustBeWebhookUrl();
        RuleFor(c => c.Method).MustBeOneOf<CreateWebhookCommand, WebhookMethod>("method");
        RuleFor(c => c.AuthType).MustBeOneOf<CreateWebhookCommand, WebhookAuthType>("auth_type");
        RuleFor(c => c.Headers).MustBeAllowedHeaders();
        RuleFor(c => c.RetryConfig!).SetValidator(new RetryConfigDtoValidator()).When(c => c.RetryConfig is not null);
    }
}
