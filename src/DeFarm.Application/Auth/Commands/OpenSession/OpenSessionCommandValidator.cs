using FluentValidation;

namespace DeFarm.Application.Auth.Commands.OpenSession;

internal sealed class OpenSessionCommandValidator : AbstractValidator<OpenSessionCommand>
{
    public OpenSessionCommandValidator()
    {
        RuleFor(c => c.Login).NotEmpty().WithMessage("Email is required").OverridePropertyName("email");
        RuleFor(c => c.Password).NotEmpty().WithMessage("Password is required");
    }
}
