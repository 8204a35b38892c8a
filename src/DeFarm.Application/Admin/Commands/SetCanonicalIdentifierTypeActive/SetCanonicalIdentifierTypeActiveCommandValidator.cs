using FluentValidation;

namespace DeFarm.Application.Admin.Commands.SetCanonicalIdentifierTypeActive;

internal sealed class SetCanonicalIdentifierTypeActiveCommandValidator : AbstractValidator<SetCanonicalIdentifierTypeActiveCommand>
{
    public SetCanonicalIdentifierTypeActiveCommandValidator() =>
        RuleFor(c => c.IsActive).NotNull().WithMessage("is_active is required");
}
