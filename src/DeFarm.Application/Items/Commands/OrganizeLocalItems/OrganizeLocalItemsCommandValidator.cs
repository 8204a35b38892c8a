using DeFarm.Domain.Items;
using FluentValidation;

namespace DeFarm.Application.Items.Commands.OrganizeLocalItems;

internal sealed class OrganizeLocalItemsCommandValidator : AbstractValidator<OrganizeLocalItemsCommand>
{
    public OrganizeLocalItemsCommandValidator()
    {
        RuleFor(c => c.Action)
            .Must(action => OrganizeLocalItemsCommand.Actions.Contains(action))
            .WithMessage((_, action) =>
                $"Invalid action '{action}'; allowed: {string.Join(", ", OrganizeLocalItemsCommand.Actions)}");
        RuleFor(c => c.MergeStrategy)
            .Must(strategy => MergeStrategies.TryParse(strategy, out _))
            .WithMessage((_, strategy) => LocalItemErrors.InvalidMergeStrategy(strategy));
    }
}
