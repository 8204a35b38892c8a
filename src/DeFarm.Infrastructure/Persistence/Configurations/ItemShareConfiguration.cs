using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class ItemShareConfiguration : IEntityTypeConfiguration<ItemShare>
{
    public const string DfidRecipientIndex = "ix_item_shares_dfid_recipient_user_id";

    public void Configure(EntityTypeBuilder<ItemShare> builder)
    {
        builder.ToTable("item_shares");
        builder.HasKey(s => s.ShareId);
        builder.Property(s => s.ShareId).HasMaxLength(64);
        builder.Property(s => s.Dfid).HasMaxLength(64);
        builder.Property(s => s.SharedBy).HasMaxLength(255);
        builder.Property(s => s.RecipientUserId).HasMaxLength(255);
        builder.HasOne<Item>().WithMany().HasForeignKey(s => s.Dfid).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Dfid, s.RecipientUserId }).IsUnique().HasDatabaseName(DfidRecipientIndex);
        builder.HasIndex(s => new { s.RecipientUserId, s.SharedAt });
        builder.HasRowVersion();
    }
}
