using FluentValidation;

namespace DeFarm.Application.Items.Commands.MergeItems;

internal sealed class MergeItemsCommandValidator : AbstractValidator<MergeItemsCommand>
{
    public MergeItemsCommandValidator()
    {
        RuleFor(c => c.SecondaryDfid).NotEmpty().WithMessage("The body must be the DFID of the item to merge");
    }
}
