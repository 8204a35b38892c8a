using FluentValidation;

namespace DeFarm.Application.Items.Commands.UnmergeLocalItem;

internal sealed class UnmergeLocalItemCommandValidator : AbstractValidator<UnmergeLocalItemCommand>
{
    public UnmergeLocalItemCommandValidator()
    {
        RuleFor(c => c.MergedLid).MustBeALid("Invalid merged_lid format");
    }
}
