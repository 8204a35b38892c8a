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
        RuleFor(c => c.MergeStrategy).MustBeAMergeStrategy();
    }
}
