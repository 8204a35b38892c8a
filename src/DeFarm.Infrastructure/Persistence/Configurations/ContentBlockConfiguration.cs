using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class ContentBlockConfiguration : IEntityTypeConfiguration<ContentBlock>
{
    public const string Table = "content_blocks";

    public void Configure(EntityTypeBuilder<ContentBlock> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(b => b.Cid);
        builder.Property(b => b.Cid).HasMaxLength(100);
    }
}
