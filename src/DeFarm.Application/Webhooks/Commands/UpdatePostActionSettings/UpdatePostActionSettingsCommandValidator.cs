using FluentValidation;

namespace DeFarm.Application.Webhooks.Commands.UpdatePostActionSettings;

internal sealed class UpdatePostActionSettingsCommandValidator : AbstractValidator<UpdatePostActionSettingsCommand>
{
    public UpdatePostActionSettingsCommandValidator() =>
        RuleFor(c => c.TriggerEvents)
            .Must(names => names is null || (names.Count <= UpdatePostActionSettingsCommand.MaxTriggerNames && names.All(n => n is { Length: <= 50 })))
            .WithMessage($"trigger_events holds at most {UpdatePostActionSettingsCommand.MaxTriggerNames} trigger names");
}
