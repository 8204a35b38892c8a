using FluentValidation;

namespace DeFarm.Application.Auth.Commands.SignUp;

internal sealed class SignUpCommandValidator : AbstractValidator<SignUpCommand>
{
    public SignUpCommandValidator()
    {
        RuleFor(c => c.Email).IsAccountEmail();
        RuleFor(c => c.Password).MeetsPasswordPolicy();
        RuleFor(c => c.FullName).MaximumLength(255).WithMessage("Full name must be at most 255 characters long");
        RuleFor(c => c.WorkspaceSlug).MaximumLength(100).WithMessage("Workspace slug must be at most 100 characters long");
        RuleFor(c => c.WorkspaceName).MaximumLength(100).WithMessage("Workspace name must be at most 100 characters long");
    }
}
