using DeFarm.Domain.Circuits;
using DeFarm.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>
/// The webhook outbox: <c>webhook_deliveries</c> with one row per attempt in <c>webhook_delivery_attempts</c>.
/// Due deliveries are found through a partial index over the pending ones only.
/// </summary>
internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public const string Table = "webhook_deliveries";
    public const string DueIndex = "ix_webhook_deliveries_due";
    private const string DeliveryIdColumn = "delivery_id";

    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName(DeliveryIdColumn).ValueGeneratedNever();
        builder.Property(d => d.EventType).HasMaxLength(50);
        builder.Property(d => d.Status).HasMaxLength(20).HasConversion<string>();
        builder.Property(d => d.LastError).HasMaxLength(WebhookDelivery.MaxErrorLength);
        builder.Ignore(d => d.IsPending);
        builder.HasOne<Circuit>().WithMany().HasForeignKey(d => d.CircuitId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(d => d.Attempts, attempt =>
        {
            attempt.ToTable("webhook_delivery_attempts");
            attempt.WithOwner().HasForeignKey(DeliveryIdColumn);
            attempt.HasKey(DeliveryIdColumn, nameof(WebhookDeliveryAttempt.Number));
            attempt.Property(a => a.Number).HasColumnName("attempt_number").ValueGeneratedNever();
            attempt.Property(a => a.Error).HasMaxLength(WebhookDelivery.MaxErrorLength);
        });

        builder.HasIndex(d => new { d.CircuitId, d.CreatedAt });
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName(DueIndex);
        builder.HasRowVersion();
    }
}
