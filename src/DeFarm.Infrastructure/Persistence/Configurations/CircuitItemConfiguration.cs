using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class CircuitItemConfiguration : IEntityTypeConfiguration<CircuitItem>
{
    public const string PrimaryKey = "pk_circuit_items";

    public void Configure(EntityTypeBuilder<CircuitItem> builder)
    {
        builder.ToTable("circuit_items");
        builder.HasKey(i => new { i.CircuitId, i.Dfid }).HasName(PrimaryKey);
        builder.Property(i => i.Dfid).HasMaxLength(64);
        builder.Property(i => i.PushedBy).HasMaxLength(255);
        builder.HasOne<Circuit>().WithMany().HasForeignKey(i => i.CircuitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Item>().WithMany().HasForeignKey(i => i.Dfid).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.CircuitId, i.PushedAt });
        // "Which circuits hold this item?" (item visibility).
        builder.HasIndex(i => i.Dfid);
        builder.HasRowVersion();
    }
}
