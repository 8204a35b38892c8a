using FluentValidation;

namespace DeFarm.Application.Events.Queries.ListEvents;

internal sealed class ListEventsQueryValidator : AbstractValidator<ListEventsQuery>
{
    /// <summary>Unix seconds <see cref="DateTimeOffset"/> can represent.</summary>
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds() - 1;

    public ListEventsQueryValidator()
    {
        RuleFor(q => q.EventType).MustBeEventType().When(q => q.EventType is not null);
        RuleFor(q => q.Visibility).MustBeVisibility().When(q => q.Visibility is not null);
        RuleFor(q => q.StartDate).InclusiveBetween(MinSeconds, MaxSeconds).When(q => q.StartDate is not null)
            .WithMessage("start_date is out of range");
        RuleFor(q => q.EndDate).InclusiveBetween(MinSeconds, MaxSeconds).When(q => q.EndDate is not null)
            .WithMessage("end_date is out of range");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListEventsQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListEventsQuery.MaxLimit}");
        RuleFor(q => q.Offset).GreaterThanOrEqualTo(0).WithMessage("offset must not be negative");
    }
}
