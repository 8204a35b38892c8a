using FluentValidation;

namespace DeFarm.Application.Notifications.Queries.ListNotifications;

internal sealed class ListNotificationsQueryValidator : AbstractValidator<ListNotificationsQuery>
{
    /// <summary>The largest Unix second a timestamp can hold (year 9999).</summary>
    private const long MaxUnixSeconds = 253_402_300_799;

    public ListNotificationsQueryValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListNotificationsQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListNotificationsQuery.MaxLimit}");
        RuleFor(q => q.Since).InclusiveBetween(0, MaxUnixSeconds)
            .WithMessage("since is a time in Unix seconds, not negative");
    }
}
