using DeFarm.Application.Items.Commands.CreateItem;
using FluentValidation;

namespace DeFarm.Application.Items.Commands.CreateLocalItem;

internal sealed class CreateLocalItemCommandValidator : AbstractValidator<CreateLocalItemCommand>
{
    public CreateLocalItemCommandValidator()
    {
        RuleFor(c => c.Identifiers)
            .Must(identifiers => identifiers is null || identifiers.Count <= CreateItemCommandValidator.MaxIdentifiers)
            .WithMessage($"An item may carry at most {CreateItemCommandValidator.MaxIdentifiers} identifiers");
    }
}
