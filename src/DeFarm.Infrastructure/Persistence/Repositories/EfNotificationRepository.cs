using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfNotificationRepository(DeFarmDbContext db) : INotificationRepository
{
    public async Task<IReadOnlyList<Notification>> ListForUserAsync(
        string userId, DateTimeOffset? since, bool unreadOnly, int limit, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .Where(n => since == null || n.CreatedAt >= since)
            .Where(n => !unreadOnly || !n.IsRead)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken) =>
        db.Notifications.CountAsync(n => n.UserId == userId && !n.IsRead, cancellationToken);

    public Task<Notification?> GetForUserAsync(Guid notificationId, string userId, CancellationToken cancellationToken) =>
        db.Notifications.FirstOrDefaultAsync(n => n.Id == notificationId && n.UserId == userId, cancellationToken);

    public async Task<IReadOnlyList<Notification>> ListUnreadForChangeAsync(string userId, CancellationToken cancellationToken) =>
        await db.Notifications.Where(n => n.UserId == userId && !n.IsRead).ToListAsync(cancellationToken);

    public void Add(Notification notification) => db.Notifications.Add(notification);

    public void Remove(Notification notification) => db.Notifications.Remove(notification);
}
