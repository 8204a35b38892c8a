using FluentValidation;

namespace DeFarm.Application.Items.Commands.CreateLocalItem;

internal sealed class CreateLocalItemCommandValidator : AbstractValidator<CreateLocalItemCommand>
{
    public CreateLocalItemCommandValidator()
    {
        RuleFor(c => c.Identifiers).AreStorable();
    }
}
