using FluentValidation;

namespace DeFarm.Application.Events.Commands.PushLocalEventToCircuit;

internal sealed class PushLocalEventToCircuitCommandValidator : AbstractValidator<PushLocalEventToCircuitCommand>
{
    public PushLocalEventToCircuitCommandValidator()
    {
        RuleFor(c => c.TargetDfid).NotEmpty().WithMessage("target_dfid is required");
        RuleFor(c => c.CircuitId).NotEmpty().WithMessage("circuit_id is required");
    }
}
