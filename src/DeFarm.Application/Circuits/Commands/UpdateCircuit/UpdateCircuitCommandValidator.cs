using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.UpdateCircuit;

internal sealed class UpdateCircuitCommandValidator : AbstractValidator<UpdateCircuitCommand>
{
    public UpdateCircuitCommandValidator()
    {
        RuleFor(c => c.Name!).MustBeCircuitName().When(c => c.Name is not null);
        RuleFor(c => c.Description).MaximumLength(CircuitRules.MaxDescriptionLength);
    }
}
