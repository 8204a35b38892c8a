using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.PullItem;

internal sealed class PullItemCommandValidator : AbstractValidator<PullItemCommand>
{
    public PullItemCommandValidator() => RuleFor(c => c.Dfid).NotEmpty().MaximumLength(64);
}
