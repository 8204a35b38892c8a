using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class CircuitActivityConfiguration : IEntityTypeConfiguration<CircuitActivity>
{
    public void Configure(EntityTypeBuilder<CircuitActivity> builder)
    {
        builder.ToTable("circuit_activities");
        builder.HasKey(a => a.ActivityId);
        builder.Property(a => a.ActivityId).HasMaxLength(64);
        builder.Property(a => a.ActivityType).HasMaxLength(10).HasConversion<string>();
        builder.Property(a => a.CircuitName).HasMaxLength(Circuit.MaxNameLength);
        builder.Property(a => a.UserId).HasMaxLength(255);
        builder.Property(a => a.Status).HasMaxLength(10).HasConversion<string>();
        builder.Property(a => a.ErrorMessage).HasMaxLength(2000);
        builder.HasOne<Circuit>().WithMany().HasForeignKey(a => a.CircuitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.CircuitId, a.Timestamp });
        builder.HasIndex(a => a.UserId);
    }
}
