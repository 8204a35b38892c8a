using FluentValidation;

namespace DeFarm.Application.Auth.Commands.Register;

internal sealed class RegisterCommandValidator : AbstractValidator<RegisterCommand>
{
    public RegisterCommandValidator()
    {
        RuleFor(c => c.Username)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Username is required")
            .MaximumLength(100).WithMessage("Username must be at most 100 characters long")
            .Matches("^[A-Za-z0-9_.-]+$").WithMessage("Username may contain only letters, digits, '_', '.' and '-'");
        RuleFor(c => c.Email).IsAccountEmail();
        RuleFor(c => c.Password).MeetsPasswordPolicy();
        RuleFor(c => c.WorkspaceName)
            .MaximumLength(100).WithMessage("Workspace name must be at most 100 characters long");
    }
}
