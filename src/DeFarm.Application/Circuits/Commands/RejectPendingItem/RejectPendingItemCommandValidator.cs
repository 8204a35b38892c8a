using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.RejectPendingItem;

internal sealed class RejectPendingItemCommandValidator : AbstractValidator<RejectPendingItemCommand>
{
    public RejectPendingItemCommandValidator() => RuleFor(c => c.Reason).MaximumLength(CircuitRules.MaxMessageLength);
}
