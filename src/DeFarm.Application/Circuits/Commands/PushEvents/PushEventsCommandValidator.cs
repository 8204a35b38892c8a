using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.PushEvents;

internal sealed class PushEventsCommandValidator : AbstractValidator<PushEventsCommand>
{
    public PushEventsCommandValidator()
    {
        RuleFor(c => c.Dfid).NotEmpty().WithMessage("dfid is required").MaximumLength(64);
        RuleFor(c => c.LocalEventIds)
            .NotEmpty().WithMessage("local_event_ids must list at least one local event")
            .Must(ids => ids.Count <= PushEventsCommand.MaxEvents)
            .WithMessage($"local_event_ids holds at most {PushEventsCommand.MaxEvents} ids");
    }
}
