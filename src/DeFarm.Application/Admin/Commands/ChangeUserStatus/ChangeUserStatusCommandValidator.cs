using FluentValidation;

namespace DeFarm.Application.Admin.Commands.ChangeUserStatus;

internal sealed class ChangeUserStatusCommandValidator : AbstractValidator<ChangeUserStatusCommand>
{
    public ChangeUserStatusCommandValidator() =>
        RuleFor(c => c.IsActive).NotNull().WithMessage("is_active is required");
}
