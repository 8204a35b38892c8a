using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfNotificationRepository(DeFarmDbContext db) : INotificationRepository
{
    public async Task<IReadOnlyList<Notification>> ListForUserAsync(
        string userId, int limit, CancellationToken cancellationToken) =>
        await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    public void Add(Notification notification) => db.Notifications.Add(notification);
}
