using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class PendingItemConfiguration : IEntityTypeConfiguration<PendingItem>
{
    public void Configure(EntityTypeBuilder<PendingItem> builder)
    {
        builder.ToTable("pending_items");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("pending_id").ValueGeneratedNever();
        builder.Property(p => p.EnrichedData).HasJsonbConversion();
        builder.Property(p => p.Reason).HasMaxLength(50).HasConversion<string>();
        builder.Property(p => p.ReasonDetails).HasMaxLength(1000);
        builder.Property(p => p.Status).HasMaxLength(20).HasConversion<string>();
        builder.Property(p => p.ResolvedDfid).HasMaxLength(64);
        builder.Property(p => p.CreatedBy).HasMaxLength(255);
        builder.Property(p => p.WorkspaceId).HasMaxLength(255);
        // Identifiers of a pending item may be invalid (that is often why it is pending): kept as JSON, not indexed.
        builder.OwnsMany(p => p.Identifiers, identifier =>
        {
            identifier.ToJson("identifiers");
            identifier.Ignore(x => x.UniqueKey);
        });
        builder.HasIndex(p => new { p.CreatedBy, p.Status, p.Priority });
        // The admins' review queue: every unresolved item by priority.
        builder.HasIndex(p => new { p.Status, p.Priority, p.CreatedAt });
        builder.HasRowVersion();
    }
}
