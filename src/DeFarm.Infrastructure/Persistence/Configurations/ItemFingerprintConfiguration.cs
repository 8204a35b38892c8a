using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>Per-circuit fingerprints of decision 7: one DFID per (circuit, fingerprint), held by the primary key.</summary>
internal sealed class ItemFingerprintConfiguration : IEntityTypeConfiguration<ItemFingerprint>
{
    public const string PrimaryKey = "pk_circuit_item_fingerprints";

    public void Configure(EntityTypeBuilder<ItemFingerprint> builder)
    {
        builder.ToTable("circuit_item_fingerprints");
        builder.HasKey(f => new { f.CircuitId, f.Fingerprint }).HasName(PrimaryKey);
        builder.Property(f => f.Fingerprint).HasMaxLength(64);
        builder.Property(f => f.Dfid).HasMaxLength(64);
        builder.HasOne<Circuit>().WithMany().HasForeignKey(f => f.CircuitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Item>().WithMany().HasForeignKey(f => f.Dfid).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.Dfid);
    }
}
