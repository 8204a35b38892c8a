using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.JoinPublicCircuit;

internal sealed class JoinPublicCircuitCommandValidator : AbstractValidator<JoinPublicCircuitCommand>
{
    public JoinPublicCircuitCommandValidator()
    {
        RuleFor(c => c.AccessPassword).MaximumLength(PublicSettingsRequestValidator.MaxPasswordLength);
        RuleFor(c => c.Message).MaximumLength(CircuitRules.MaxMessageLength);
    }
}
