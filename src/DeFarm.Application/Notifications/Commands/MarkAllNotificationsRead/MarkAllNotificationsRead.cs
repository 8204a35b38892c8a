using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Notifications.Commands.MarkAllNotificationsRead;

/// <summary>Marks every unread notification of the caller read and answers how many that were.</summary>
public sealed record MarkAllNotificationsReadCommand : ICommand<NotificationCountResponse>;

internal sealed class MarkAllNotificationsReadCommandHandler(
    ICurrentUser currentUser, INotificationRepository notifications, TimeProvider clock)
    : ICommandHandler<MarkAllNotificationsReadCommand, NotificationCountResponse>
{
    public async ValueTask<NotificationCountResponse> Handle(
        MarkAllNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var unread = await notifications.ListUnreadForChangeAsync(NotificationOwner.CallerId(currentUser), cancellationToken);
        foreach (var notification in unread)
        {
            notification.MarkRead(now);
        }

        return new NotificationCountResponse(true, unread.Count);
    }
}
