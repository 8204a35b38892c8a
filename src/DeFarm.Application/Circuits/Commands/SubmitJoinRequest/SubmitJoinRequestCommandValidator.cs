using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.SubmitJoinRequest;

internal sealed class SubmitJoinRequestCommandValidator : AbstractValidator<SubmitJoinRequestCommand>
{
    public SubmitJoinRequestCommandValidator() =>
        RuleFor(c => c.Message).MaximumLength(CircuitRules.MaxMessageLength);
}
