using DeFarm.Domain.ApiKeys;
using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public const string KeyHashIndex = "ux_api_keys_key_hash";

    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.ToTable("api_keys");
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).ValueGeneratedNever();
        builder.Property(k => k.OwnerId).HasMaxLength(255);
        builder.Property(k => k.Name).HasMaxLength(ApiKey.MaxNameLength);
        builder.Property(k => k.Description).HasMaxLength(ApiKey.MaxDescriptionLength);
        builder.Property(k => k.KeyHash).HasMaxLength(64);
        builder.Property(k => k.KeyPrefix).HasMaxLength(8);
        builder.HasOne<Circuit>().WithMany().HasForeignKey(k => k.CircuitId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => k.KeyHash).IsUnique().HasDatabaseName(KeyHashIndex);
        builder.HasIndex(k => new { k.OwnerId, k.CreatedAt });
        builder.HasRowVersion();
    }
}
