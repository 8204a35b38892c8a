using FluentValidation;

namespace DeFarm.Application.Items.Commands.CreateItemsBatch;

internal sealed class CreateItemsBatchCommandValidator : AbstractValidator<CreateItemsBatchCommand>
{
    public const int MaxItems = 1000;

    public CreateItemsBatchCommandValidator()
    {
        RuleFor(c => c.Items)
            .Must(items => items.Count is > 0 and <= MaxItems)
            .WithMessage($"A batch holds 1 to {MaxItems} items");
    }
}
