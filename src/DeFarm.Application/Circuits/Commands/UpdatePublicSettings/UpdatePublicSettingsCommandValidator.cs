using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.UpdatePublicSettings;

internal sealed class UpdatePublicSettingsCommandValidator : AbstractValidator<UpdatePublicSettingsCommand>
{
    public UpdatePublicSettingsCommandValidator() =>
        RuleFor(c => c.PublicSettings).SetValidator(new PublicSettingsRequestValidator());
}
