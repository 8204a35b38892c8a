using DeFarm.Application.Auth;
using FluentValidation;

namespace DeFarm.Application.Admin.Commands.CreateUser;

internal sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(c => c.Email)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Email is required")
            .MaximumLength(CreateUserCommand.MaxEmailLength)
            .WithMessage($"Email must be at most {CreateUserCommand.MaxEmailLength} characters long")
            .EmailAddress().WithMessage("Email is not a valid email address");
        RuleFor(c => c.FullName)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Full name is required")
            .MaximumLength(255).WithMessage("Full name must be at most 255 characters long");
        RuleFor(c => c.Password).MeetsPasswordPolicy();
        RuleFor(c => c.Role).Must(role => AdminText.ParseRole(role) is not null).WithMessage(AdminText.RoleRule);
    }
}
