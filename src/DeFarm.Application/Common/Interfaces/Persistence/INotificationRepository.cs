using DeFarm.Domain.Notifications;

namespace DeFarm.Application.Common.Interfaces.Persistence;

/// <summary>Notifications kept for their users (decision 21); delivery routes read them.</summary>
public interface INotificationRepository
{
    /// <summary>The user's notifications, newest first (then by id), read-only.</summary>
    Task<IReadOnlyList<Notification>> ListForUserAsync(string userId, int limit, CancellationToken cancellationToken);

    void Add(Notification notification);
}
