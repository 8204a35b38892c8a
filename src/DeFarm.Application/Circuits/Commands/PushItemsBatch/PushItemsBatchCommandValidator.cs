using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.PushItemsBatch;

internal sealed class PushItemsBatchCommandValidator : AbstractValidator<PushItemsBatchCommand>
{
    public PushItemsBatchCommandValidator()
    {
        RuleFor(c => c.Items)
            .NotEmpty().WithMessage("items must list at least one DFID")
            .Must(items => items.Count <= PushItemsBatchCommand.MaxItems)
            .WithMessage($"items holds at most {PushItemsBatchCommand.MaxItems} DFIDs");
        RuleForEach(c => c.Items).ChildRules(entry =>
            entry.RuleFor(e => e.Dfid).NotEmpty().WithMessage("dfid is required").MaximumLength(64));
    }
}
