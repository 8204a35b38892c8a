using FluentValidation;

namespace DeFarm.Application.Gateway.Circuits.Commands.DecideJoinRequest;

internal sealed class DecideJoinRequestCommandValidator : AbstractValidator<DecideJoinRequestCommand>
{
    public DecideJoinRequestCommandValidator()
    {
        RuleFor(c => c.Action)
            .Must(action => action?.Trim().ToLowerInvariant() is DecideJoinRequestCommand.Approve or DecideJoinRequestCommand.Reject)
            .WithMessage("action must be approve or reject");
        RuleFor(c => c.Role).MaximumLength(50);
    }
}
