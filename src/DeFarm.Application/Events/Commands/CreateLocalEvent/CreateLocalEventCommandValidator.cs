using FluentValidation;

namespace DeFarm.Application.Events.Commands.CreateLocalEvent;

internal sealed class CreateLocalEventCommandValidator : AbstractValidator<CreateLocalEventCommand>
{
    public CreateLocalEventCommandValidator()
    {
        RuleFor(c => c.EventType).MustBeEventType();
        RuleFor(c => c.Visibility).MustBeVisibility();
    }
}
