using FluentValidation;

namespace DeFarm.Application.Items.Commands.CreateItem;

internal sealed class CreateItemCommandValidator : AbstractValidator<CreateItemCommand>
{
    public const int MaxIdentifiers = 100;

    public CreateItemCommandValidator()
    {
        RuleFor(c => c.Identifiers)
            .Must(identifiers => identifiers.Count <= MaxIdentifiers)
            .WithMessage($"An item may carry at most {MaxIdentifiers} identifiers");
    }
}
