using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class CanonicalIdentifierTypeConfiguration : IEntityTypeConfiguration<CanonicalIdentifierType>
{
    public const string ValueChainTypeIndex = "ux_canonical_identifier_types_value_chain_type";

    public void Configure(EntityTypeBuilder<CanonicalIdentifierType> builder)
    {
        builder.ToTable("canonical_identifier_types");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.ValueChain).HasMaxLength(20);
        builder.Property(t => t.IdentifierType).HasMaxLength(CanonicalIdentifierType.MaxIdentifierTypeLength);
        builder.Ignore(t => t.Namespace);
        builder.HasIndex(t => new { t.ValueChain, t.IdentifierType }).IsUnique().HasDatabaseName(ValueChainTypeIndex);
        builder.HasRowVersion();
    }
}
