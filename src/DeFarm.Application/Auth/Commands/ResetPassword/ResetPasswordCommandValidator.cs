using FluentValidation;

namespace DeFarm.Application.Auth.Commands.ResetPassword;

internal sealed class ResetPasswordCommandValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordCommandValidator()
    {
        RuleFor(c => c.Token).NotEmpty().WithMessage("Reset token is required");
        RuleFor(c => c.NewPassword).MeetsPasswordPolicy(trimFirst: true);
    }
}
