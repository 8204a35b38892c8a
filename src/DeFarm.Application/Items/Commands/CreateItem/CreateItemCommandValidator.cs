using FluentValidation;

namespace DeFarm.Application.Items.Commands.CreateItem;

internal sealed class CreateItemCommandValidator : AbstractValidator<CreateItemCommand>
{
    public CreateItemCommandValidator()
    {
        RuleFor(c => c.Identifiers).AreStorable();
    }
}
