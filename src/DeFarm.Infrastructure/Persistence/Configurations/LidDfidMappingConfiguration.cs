using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class LidDfidMappingConfiguration : IEntityTypeConfiguration<LidDfidMapping>
{
    public void Configure(EntityTypeBuilder<LidDfidMapping> builder)
    {
        builder.ToTable("lid_dfid_mappings");
        builder.HasKey(m => m.LocalId);
        builder.Property(m => m.LocalId).ValueGeneratedNever();
        builder.Property(m => m.Dfid).HasMaxLength(64);
        builder.HasIndex(m => m.Dfid);
    }
}
