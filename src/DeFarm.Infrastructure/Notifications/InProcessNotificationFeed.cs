using System.Threading.Channels;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Notifications;

namespace DeFarm.Infrastructure.Notifications;

/// <summary>
/// Live notifications within one API instance: each connection subscribes for its user and gets every
/// notification published here afterwards. With several instances behind a load balancer a connection only
/// hears about notifications committed by its own instance; fanning out across instances would need a shared
/// channel such as PostgreSQL LISTEN/NOTIFY (ADR-015). A slow connection loses its oldest unsent notifications
/// rather than holding memory; they stay readable through the list route.
/// </summary>
internal sealed class InProcessNotificationFeed : INotificationFeed
{
    private const int BufferPerConnection = 100;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Subscription>> _subscriptions = new(StringComparer.Ordinal);

    public void Publish(NotificationResponse notification)
    {
        Subscription[] listeners;
        lock (_lock)
        {
            listeners = _subscriptions.TryGetValue(notification.UserId, out var list) ? [.. list] : [];
        }

        foreach (var listener in listeners)
        {
            listener.Channel.Writer.TryWrite(notification);
        }
    }

    public INotificationSubscription Subscribe(string userId)
    {
        var subscription = new Subscription(this, userId);
        lock (_lock)
        {
            if (!_subscriptions.TryGetValue(userId, out var list))
            {
                _subscriptions[userId] = list = [];
            }

            list.Add(subscription);
        }

        return subscription;
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (_lock)
        {
            if (_subscriptions.TryGetValue(subscription.UserId, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                _subscriptions.Remove(subscription.UserId);
            }
        }

        subscription.Channel.Writer.TryComplete();
    }

    private sealed class Subscription(InProcessNotificationFeed feed, string userId) : INotificationSubscription
    {
        public string UserId { get; } = userId;

        public Channel<NotificationResponse> Channel { get; } = System.Threading.Channels.Channel.CreateBounded<NotificationResponse>(
            new BoundedChannelOptions(BufferPerConnection) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

        public ChannelReader<NotificationResponse> Notifications => Channel.Reader;

        public void Dispose() => feed.Unsubscribe(this);
    }
}
