using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Notifications;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryNotificationRepository(InMemoryUnitOfWork unitOfWork) : INotificationRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<IReadOnlyList<Notification>> ListForUserAsync(
        string userId, DateTimeOffset? since, bool unreadOnly, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<Notification> page = Database.Query(Database.Notifications, rows => rows
            .Where(n => n.UserId == userId && (since == null || n.CreatedAt >= since) && (!unreadOnly || !n.IsRead))
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(limit));
        return Task.FromResult(page);
    }

    public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            return Task.FromResult(Database.Notifications.Rows.Count(n => n.UserId == userId && !n.IsRead));
        }
    }

    public Task<Notification?> GetForUserAsync(Guid notificationId, string userId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.Notifications, notificationId) is { } notification && notification.UserId == userId
            ? notification
            : null);

    public Task<IReadOnlyList<Notification>> ListUnreadForChangeAsync(string userId, CancellationToken cancellationToken)
    {
        List<Guid> unread;
        lock (Database.Lock)
        {
            unread = Database.Notifications.Rows.Where(n => n.UserId == userId && !n.IsRead).Select(n => n.Id).ToList();
        }

        IReadOnlyList<Notification> tracked = unread
            .Select(id => unitOfWork.Load(Database.Notifications, id))
            .OfType<Notification>()
            .ToList();
        return Task.FromResult(tracked);
    }

    public void Add(Notification notification) => unitOfWork.Insert(Database.Notifications, notification);

    public void Remove(Notification notification) => unitOfWork.Delete(Database.Notifications, notification);
}
