using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class IndexingProgressConfiguration : IEntityTypeConfiguration<IndexingProgress>
{
    public void Configure(EntityTypeBuilder<IndexingProgress> builder)
    {
        builder.ToTable("blockchain_indexing_progress");
        builder.HasKey(p => p.Network);
        builder.Property(p => p.Network).HasMaxLength(50);
        builder.Property(p => p.Status).HasMaxLength(20);
        builder.Property(p => p.ErrorMessage).HasMaxLength(2000);
        builder.HasRowVersion();
    }
}
