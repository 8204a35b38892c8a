using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.CreateCustomRole;

internal sealed class CreateCustomRoleCommandValidator : AbstractValidator<CreateCustomRoleCommand>
{
    public CreateCustomRoleCommandValidator()
    {
        RuleFor(c => c.RoleName).NotEmpty().WithMessage("role_name is required")
            .MaximumLength(CircuitRules.MaxRoleNameLength);
        RuleFor(c => c.Permissions).MustBeFewPermissionNames();
        RuleFor(c => c.Description).MaximumLength(CircuitRules.MaxDescriptionLength);
        RuleFor(c => c.Color).MaximumLength(CircuitRules.MaxColorLength);
    }
}
