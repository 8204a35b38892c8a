using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.UpdateCustomRole;

internal sealed class UpdateCustomRoleCommandValidator : AbstractValidator<UpdateCustomRoleCommand>
{
    public UpdateCustomRoleCommandValidator()
    {
        RuleFor(c => c.Permissions!).MustBeFewPermissionNames().When(c => c.Permissions is not null);
        RuleFor(c => c.Description).MaximumLength(CircuitRules.MaxDescriptionLength);
        RuleFor(c => c.Color).MaximumLength(CircuitRules.MaxColorLength);
    }
}
