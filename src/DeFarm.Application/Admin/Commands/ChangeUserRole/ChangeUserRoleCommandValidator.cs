using FluentValidation;

namespace DeFarm.Application.Admin.Commands.ChangeUserRole;

internal sealed class ChangeUserRoleCommandValidator : AbstractValidator<ChangeUserRoleCommand>
{
    public ChangeUserRoleCommandValidator() =>
        RuleFor(c => c.Role).Must(role => AdminText.ParseRole(role) is not null).WithMessage(AdminText.RoleRule);
}
