using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.PushItem;

internal sealed class PushItemCommandValidator : AbstractValidator<PushItemCommand>
{
    public PushItemCommandValidator() => RuleFor(c => c.Dfid).NotEmpty().MaximumLength(64);
}
