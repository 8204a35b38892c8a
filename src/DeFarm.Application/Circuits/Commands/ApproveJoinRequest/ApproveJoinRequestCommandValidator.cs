using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.ApproveJoinRequest;

internal sealed class ApproveJoinRequestCommandValidator : AbstractValidator<ApproveJoinRequestCommand>
{
    public ApproveJoinRequestCommandValidator() => RuleFor(c => c.Role).MaximumLength(50);
}
