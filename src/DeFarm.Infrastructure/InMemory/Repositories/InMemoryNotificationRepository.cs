using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Notifications;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryNotificationRepository(InMemoryUnitOfWork unitOfWork) : INotificationRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public Task<IReadOnlyList<Notification>> ListForUserAsync(
        string userId, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<Notification> page = Database.Query(Database.Notifications, rows => rows
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt).ThenBy(n => n.Id)
            .Take(limit));
        return Task.FromResult(page);
    }

    public void Add(Notification notification) => unitOfWork.Insert(Database.Notifications, notification);
}
