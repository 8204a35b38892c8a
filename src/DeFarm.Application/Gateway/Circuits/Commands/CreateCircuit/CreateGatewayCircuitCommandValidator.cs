using DeFarm.Application.Circuits;
using FluentValidation;

namespace DeFarm.Application.Gateway.Circuits.Commands.CreateCircuit;

internal sealed class CreateGatewayCircuitCommandValidator : AbstractValidator<CreateGatewayCircuitCommand>
{
    public CreateGatewayCircuitCommandValidator()
    {
        RuleFor(c => c.Name).MustBeCircuitName();
        RuleFor(c => c.Description).MaximumLength(CircuitRules.MaxDescriptionLength);
        RuleFor(c => c.CircuitType).MustBeCircuitType();
        RuleFor(c => c.Visibility).MustBeVisibility();
    }
}
