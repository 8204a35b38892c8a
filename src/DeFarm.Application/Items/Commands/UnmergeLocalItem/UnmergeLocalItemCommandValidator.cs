using FluentValidation;

namespace DeFarm.Application.Items.Commands.UnmergeLocalItem;

internal sealed class UnmergeLocalItemCommandValidator : AbstractValidator<UnmergeLocalItemCommand>
{
    public UnmergeLocalItemCommandValidator()
    {
        RuleFor(c => c.MergedLid).Must(lid => Guid.TryParse(lid, out _)).WithMessage("Invalid merged_lid format");
    }
}
