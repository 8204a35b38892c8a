using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.ConfigureAdapter;

internal sealed class ConfigureAdapterCommandValidator : AbstractValidator<ConfigureAdapterCommand>
{
    public ConfigureAdapterCommandValidator() =>
        RuleFor(c => c.AdapterType).MaximumLength(CircuitAdapterType.MaxLength);
}
