using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class CircuitOperationConfiguration : IEntityTypeConfiguration<CircuitOperation>
{
    public void Configure(EntityTypeBuilder<CircuitOperation> builder)
    {
        builder.ToTable("circuit_operations");
        builder.HasKey(o => o.OperationId);
        builder.Property(o => o.OperationId).ValueGeneratedNever();
        builder.Property(o => o.Dfid).HasMaxLength(64);
        builder.Property(o => o.OperationType).HasMaxLength(10).HasConversion<string>();
        builder.Property(o => o.RequesterId).HasMaxLength(255);
        builder.Property(o => o.Status).HasMaxLength(20).HasConversion<string>();
        builder.Property(o => o.Metadata).HasJsonbConversion();
        builder.HasOne<Circuit>().WithMany().HasForeignKey(o => o.CircuitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(o => new { o.CircuitId, o.Timestamp });
        builder.HasIndex(o => new { o.CircuitId, o.Status, o.Timestamp });
        builder.HasIndex(o => o.Dfid);
        builder.HasRowVersion();
    }
}
