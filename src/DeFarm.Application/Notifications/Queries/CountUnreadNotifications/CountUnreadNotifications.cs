using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Notifications.Queries.CountUnreadNotifications;

/// <summary>How many of the caller's notifications are unread.</summary>
public sealed record CountUnreadNotificationsQuery : IQuery<NotificationCountResponse>;

internal sealed class CountUnreadNotificationsQueryHandler(ICurrentUser currentUser, INotificationRepository notifications)
    : IQueryHandler<CountUnreadNotificationsQuery, NotificationCountResponse>
{
    public async ValueTask<NotificationCountResponse> Handle(
        CountUnreadNotificationsQuery query, CancellationToken cancellationToken) =>
        new(true, await notifications.CountUnreadAsync(NotificationOwner.CallerId(currentUser), cancellationToken));
}
