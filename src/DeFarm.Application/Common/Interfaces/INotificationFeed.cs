using System.Threading.Channels;
using DeFarm.Application.Notifications;

namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Live delivery of notifications to the users connected to this instance (the WebSocket of
/// <c>/api/notifications/ws</c>). Published only after the notification is committed.
/// </summary>
public interface INotificationFeed
{
    void Publish(NotificationResponse notification);

    /// <summary>Notifications of <paramref name="userId"/> published from now on, until disposed.</summary>
    INotificationSubscription Subscribe(string userId);
}

public interface INotificationSubscription : IDisposable
{
    ChannelReader<NotificationResponse> Notifications { get; }
}
