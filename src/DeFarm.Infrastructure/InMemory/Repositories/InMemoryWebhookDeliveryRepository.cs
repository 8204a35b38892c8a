using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Webhooks;

namespace DeFarm.Infrastructure.InMemory.Repositories;

internal sealed class InMemoryWebhookDeliveryRepository(InMemoryUnitOfWork unitOfWork) : IWebhookDeliveryRepository
{
    private InMemoryDatabase Database => unitOfWork.Database;

    public void Add(WebhookDelivery delivery) => unitOfWork.Insert(Database.WebhookDeliveries, delivery);

    public Task<WebhookDelivery?> GetByIdAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        Task.FromResult(unitOfWork.Load(Database.WebhookDeliveries, deliveryId));

    public Task<IReadOnlyList<WebhookDelivery>> ListForCircuitAsync(
        Guid circuitId, int limit, CancellationToken cancellationToken)
    {
        IReadOnlyList<WebhookDelivery> page = Database.Query(Database.WebhookDeliveries, rows => rows
            .Where(d => d.CircuitId == circuitId)
            .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
            .Take(limit));
        return Task.FromResult(page);
    }

    /// <summary>Under the store's lock, as PostgreSQL's row lock: a committed write of the moved attempt time.</summary>
    public Task<Guid?> ClaimNextDueAsync(DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        lock (Database.Lock)
        {
            var due = Database.WebhookDeliveries.Rows
                .Where(d => d.IsPending && d.NextAttemptAt <= now)
                .MinBy(d => d.NextAttemptAt);
            if (due is null)
            {
                return Task.FromResult<Guid?>(null);
            }

            var claimed = ObjectGraph.Clone(due);
            claimed.Claim(leaseUntil);
            Database.WebhookDeliveries.Write(claimed);
            return Task.FromResult<Guid?>(claimed.Id);
        }
    }
}
