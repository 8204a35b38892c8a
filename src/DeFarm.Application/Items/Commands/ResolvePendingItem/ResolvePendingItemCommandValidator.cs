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
        RuleFor(c => c.NewIdentifiers).AreStorable();
    }
}
