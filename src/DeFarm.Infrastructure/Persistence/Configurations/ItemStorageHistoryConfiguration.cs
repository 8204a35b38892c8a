using DeFarm.Domain.Items;
using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per item with a history (the version that concurrent appends collide on) and its records in
/// <c>storage_history</c>, the original's table (engines-api.md §7.3).
/// </summary>
internal sealed class ItemStorageHistoryConfiguration : IEntityTypeConfiguration<ItemStorageHistory>
{
    public const string PrimaryKey = "pk_item_storage_histories";

    public void Configure(EntityTypeBuilder<ItemStorageHistory> builder)
    {
        builder.ToTable("item_storage_histories");
        builder.HasKey(h => h.Dfid).HasName(PrimaryKey);
        builder.Property(h => h.Dfid).HasMaxLength(64);
        builder.HasOne<Item>().WithMany().HasForeignKey(h => h.Dfid).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(h => h.CurrentPrimary);
        builder.Ignore(h => h.CreatedAt);
        builder.Ignore(h => h.UpdatedAt);
        builder.OwnsMany(h => h.Records, record =>
        {
            record.ToTable("storage_history");
            record.WithOwner().HasForeignKey("dfid");
            record.HasKey(r => r.Id);
            record.Property(r => r.Id).ValueGeneratedNever();
            record.Property(r => r.AdapterType).HasAdapterTypeConversion();
            record.Property(r => r.Location).HasColumnName("storage_location").HasStorageLocationConversion();
            record.Property(r => r.Metadata).HasJsonbConversion();
            record.Property(r => r.TriggeredBy).HasMaxLength(50);
            record.Property(r => r.StoredBy).HasMaxLength(255);
            record.HasIndex("dfid", nameof(StorageRecord.StoredAt));
            record.HasIndex(r => r.AdapterType);
        });
        builder.Navigation(h => h.Records).AutoInclude();
        builder.HasRowVersion();
    }
}
