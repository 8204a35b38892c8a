using FluentValidation;

namespace DeFarm.Application.Auth.Commands.ForgotPassword;

internal sealed class ForgotPasswordCommandValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordCommandValidator()
    {
        RuleFor(c => c.Email)
            .Must((command, email) => !string.IsNullOrWhiteSpace(email) || !string.IsNullOrWhiteSpace(command.Username))
            .WithMessage("Email or username is required");
    }
}
