using FluentValidation;

namespace DeFarm.Application.Items.Commands.EnrichItem;

internal sealed class EnrichItemCommandValidator : AbstractValidator<EnrichItemCommand>
{
    public EnrichItemCommandValidator()
    {
        RuleFor(c => c.Identifiers).AreStorable();
    }
}
