using DeFarm.Application.Adapters;
using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class AdapterConfigConfiguration : IEntityTypeConfiguration<AdapterConfig>
{
    public const string NameIndex = "ux_adapter_configs_name";
    public const string DefaultForIndex = "ux_adapter_configs_default_for";

    public void Configure(EntityTypeBuilder<AdapterConfig> builder)
    {
        builder.ToTable("adapter_configs");
        builder.HasKey(c => c.ConfigId);
        builder.Property(c => c.ConfigId).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(AdapterConfigFields.MaxNameLength);
        builder.Property(c => c.Description).HasMaxLength(AdapterConfigFields.MaxDescriptionLength);
        builder.Property(c => c.AdapterType).HasAdapterTypeConversion();
        builder.Property(c => c.Connection).HasColumnName("connection_details").HasConnectionConversion();
        builder.Property(c => c.ContractConfigs).HasJsonbConversion();
        builder.Property(c => c.DefaultFor).HasMaxLength(100);
        builder.Ignore(c => c.IsDefault);
        builder.Property(c => c.CreatedBy).HasMaxLength(255);
        builder.Property(c => c.TestStatus).HasMaxLength(20).HasConversion<string>();
        builder.HasIndex(c => c.Name).IsUnique().HasDatabaseName(NameIndex);
        // Unique over non-null values only: at most one default per adapter type, and EF orders a swap of defaults
        // (clear the old, set the new) so that no statement sees two.
        builder.HasIndex(c => c.DefaultFor).IsUnique().HasDatabaseName(DefaultForIndex);
        builder.HasIndex(c => c.CreatedAt);
        builder.HasRowVersion();
    }
}
