using DeFarm.Application.Items;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>The canonical index of decision 6: its primary key is the uniqueness guarantee.</summary>
internal sealed class CanonicalIndexEntryConfiguration : IEntityTypeConfiguration<CanonicalIndexEntry>
{
    public const string PrimaryKey = "pk_canonical_identifiers";

    public void Configure(EntityTypeBuilder<CanonicalIndexEntry> builder)
    {
        builder.ToTable("canonical_identifiers");
        builder.HasKey(e => new { e.Namespace, e.Registry, e.Value }).HasName(PrimaryKey);
        builder.Property(e => e.Namespace).HasMaxLength(IdentifierListRules.MaxNamespaceLength);
        builder.Property(e => e.Registry).HasMaxLength(IdentifierListRules.MaxKeyLength);
        builder.Property(e => e.Value).HasMaxLength(IdentifierListRules.MaxValueLength);
        builder.Property(e => e.Dfid).HasMaxLength(64);
        builder.HasOne<Item>().WithMany().HasForeignKey(e => e.Dfid).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.Dfid);
    }
}
