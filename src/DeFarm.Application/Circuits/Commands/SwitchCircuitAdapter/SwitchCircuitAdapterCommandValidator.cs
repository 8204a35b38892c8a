using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.SwitchCircuitAdapter;

internal sealed class SwitchCircuitAdapterCommandValidator : AbstractValidator<SwitchCircuitAdapterCommand>
{
    public SwitchCircuitAdapterCommandValidator() =>
        RuleFor(c => c)
            .Must(c => c.IsEnabled is not null || c.AutoPublish is not null)
            .OverridePropertyName("body")
            .WithMessage("Send is_enabled or auto_publish");
}
