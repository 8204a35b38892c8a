using FluentValidation;

namespace DeFarm.Application.Webhooks.Commands.CreateWebhook;

internal sealed class CreateWebhookCommandValidator : AbstractValidator<CreateWebhookCommand>
{
    public CreateWebhookCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("name is required").MustBeWebhookName();
        RuleFor(c => c.Url).NotEmpty().WithMessage("url is required").MustBeWebhookUrl();
        Include(new WebhookFieldsValidator());
    }
}
