using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Notifications;

namespace DeFarm.Application.Notifications;

/// <summary>
/// Sends a notification: stored with the command's other changes, and pushed to its user's live connections
/// only once they are committed — a rolled-back command notifies nobody.
/// </summary>
internal sealed class Notifier(INotificationRepository notifications, IUnitOfWork unitOfWork, INotificationFeed feed)
{
    public void Send(Notification notification)
    {
        notifications.Add(notification);
        var live = NotificationResponse.From(notification);
        unitOfWork.AfterCommit(_ =>
        {
            feed.Publish(live);
            return Task.CompletedTask;
        });
    }
}
