using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence.Repositories;

internal sealed class EfWebhookDeliveryRepository(DeFarmDbContext db) : IWebhookDeliveryRepository
{
    public void Add(WebhookDelivery delivery) => db.WebhookDeliveries.Add(delivery);

    public Task<WebhookDelivery?> GetByIdAsync(Guid deliveryId, CancellationToken cancellationToken) =>
        db.WebhookDeliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);

    public async Task<IReadOnlyList<WebhookDelivery>> ListForCircuitAsync(
        Guid circuitId, int limit, CancellationToken cancellationToken) =>
        await db.WebhookDeliveries.AsNoTracking().AsSplitQuery()
            .Where(d => d.CircuitId == circuitId)
            .OrderByDescending(d => d.CreatedAt).ThenBy(d => d.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// One statement, so the claim commits on its own: <c>FOR UPDATE SKIP LOCKED</c> passes over a row another
    /// worker is claiming at this moment instead of waiting for it, and moving <c>next_attempt_at</c> past the
    /// lease keeps every other worker away afterwards.
    /// </summary>
    public async Task<Guid?> ClaimNextDueAsync(
        DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE webhook_deliveries SET next_attempt_at = {leaseUntil}
            WHERE delivery_id = (
                SELECT delivery_id FROM webhook_deliveries
                WHERE status = 'Pending' AND next_attempt_at <= {now}
                ORDER BY next_attempt_at
                LIMIT 1
                FOR UPDATE SKIP LOCKED)
            RETURNING delivery_id AS "Value"
            """).ToListAsync(cancellationToken);
        return claimed.Count == 0 ? null : claimed[0];
    }
}
