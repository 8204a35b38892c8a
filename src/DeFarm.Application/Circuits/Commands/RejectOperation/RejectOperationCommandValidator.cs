using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.RejectOperation;

internal sealed class RejectOperationCommandValidator : AbstractValidator<RejectOperationCommand>
{
    public RejectOperationCommandValidator() => RuleFor(c => c.Reason).MaximumLength(CircuitRules.MaxMessageLength);
}
