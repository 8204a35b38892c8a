using FluentValidation;

namespace DeFarm.Application.Events.Commands.CreateEvent;

internal sealed class CreateEventCommandValidator : AbstractValidator<CreateEventCommand>
{
    public CreateEventCommandValidator()
    {
        RuleFor(c => c.Dfid).NotEmpty().WithMessage("dfid is required");
        RuleFor(c => c.EventType).MustBeEventType();
        RuleFor(c => c.Visibility).MustBeVisibility();
    }
}
