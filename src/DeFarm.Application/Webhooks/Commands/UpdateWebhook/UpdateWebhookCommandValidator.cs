using FluentValidation;

namespace DeFarm.Application.Webhooks.Commands.UpdateWebhook;

internal sealed class UpdateWebhookCommandValidator : AbstractValidator<UpdateWebhookCommand>
{
    public UpdateWebhookCommandValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage("name must not be empty").MustBeWebhookName().When(c => c.Name is not null);
        RuleFor(c => c.Url).MustBeWebhookUrl().When(c => c.Url is not null);
        Include(new WebhookFieldsValidator());
    }
}
