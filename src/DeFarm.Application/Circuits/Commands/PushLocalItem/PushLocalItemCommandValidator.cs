using DeFarm.Application.Items;
using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.PushLocalItem;

internal sealed class PushLocalItemCommandValidator : AbstractValidator<PushLocalItemCommand>
{
    public PushLocalItemCommandValidator()
    {
        RuleFor(c => c.LocalId).MustBeALid(LocalItemErrors.InvalidLocalId);
        RuleFor(c => c.Identifiers).AreStorable();
    }
}
