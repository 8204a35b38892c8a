using DeFarm.Application.Items.Commands.CreateItem;
using FluentValidation;

namespace DeFarm.Application.Items.Commands.ImportItems;

internal sealed class ImportItemsCommandValidator : AbstractValidator<ImportItemsCommand>
{
    public const int MaxItems = 1000;

    public ImportItemsCommandValidator()
    {
        RuleFor(c => c.Items)
            .Must(items => items.Count is > 0 and <= MaxItems)
            .WithMessage($"An import holds 1 to {MaxItems} items");
        RuleForEach(c => c.Items).SetValidator(new CreateItemCommandValidator());
    }
}
