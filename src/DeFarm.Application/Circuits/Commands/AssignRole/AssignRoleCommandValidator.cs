using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.AssignRole;

internal sealed class AssignRoleCommandValidator : AbstractValidator<AssignRoleCommand>
{
    public AssignRoleCommandValidator()
    {
        RuleFor(c => c.Role).NotEmpty().WithMessage("role or custom_role_name is required")
            .When(c => string.IsNullOrWhiteSpace(c.CustomRoleName));
        RuleFor(c => c.Role).MaximumLength(CircuitRules.MaxRoleNameLength);
        RuleFor(c => c.CustomRoleName).MaximumLength(CircuitRules.MaxRoleNameLength);
    }
}
