using DeFarm.Domain.Notifications;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Notifications kept for their users (decision 21); only their user reads or changes them.</summary>
public interface INotificationRepository
{
    /// <summary>
    /// The user's notifications created at or after <paramref name="since"/> (when given), only unread ones when
    /// <paramref name="unreadOnly"/>, newest first (then by id), read-only.
    /// </summary>
    Task<IReadOnlyList<Notification>> ListForUserAsync(
        string userId, DateTimeOffset? since, bool unreadOnly, int limit, CancellationToken cancellationToken);

    Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The notification if it belongs to <paramref name="userId"/>, tracked for change; <c>null</c> otherwise.</summary>
    Task<Notification?> GetForUserAsync(Guid notificationId, string userId, CancellationToken cancellationToken);

    /// <summary>Every unread notification of the user, tracked for change.</summary>
    Task<IReadOnlyList<Notification>> ListUnreadForChangeAsync(string userId, CancellationToken cancellationToken);

    void Add(Notification notification);

    /// <summary>Stages the removal of a notification this request loaded.</summary>
    void Remove(Notification notification);
}
