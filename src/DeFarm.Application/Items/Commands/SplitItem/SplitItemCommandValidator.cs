using FluentValidation;

namespace DeFarm.Application.Items.Commands.SplitItem;

internal sealed class SplitItemCommandValidator : AbstractValidator<SplitItemCommand>
{
    public SplitItemCommandValidator()
    {
        RuleFor(c => c.IdentifiersForNewItem)
            .NotEmpty().WithMessage("identifiers_for_new_item must name at least one identifier");
        RuleFor(c => c.IdentifiersForNewItem).AreStorable();
    }
}
