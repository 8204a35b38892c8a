using DeFarm.Application.Items.Commands.CreateItem;
using FluentValidation;

namespace DeFarm.Application.Items.Commands.ResolvePendingItem;

internal sealed class ResolvePendingItemCommandValidator : AbstractValidator<ResolvePendingItemCommand>
{
    private static readonly string[] Actions =
        [ResolvePendingItemCommand.Approve, ResolvePendingItemCommand.Reject, ResolvePendingItemCommand.Modify];

    public ResolvePendingItemCommandValidator()
    {
        RuleFor(c => c.Action)
            .Must(action => Actions.Contains(action.Trim().ToLowerInvariant()))
            .WithMessage(c => $"Invalid action '{c.Action}': use approve, reject or modify");
        RuleFor(c => c.NewIdentifiers)
            .Must(identifiers => identifiers!.Count <= CreateItemCommandValidator.MaxIdentifiers)
            .WithMessage($"An item may carry at most {CreateItemCommandValidator.MaxIdentifiers} identifiers")
            .When(c => c.NewIdentifiers is not null);
    }
}
