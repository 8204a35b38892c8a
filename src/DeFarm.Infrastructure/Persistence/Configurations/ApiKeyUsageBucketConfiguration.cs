using DeFarm.Domain.ApiKeys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class ApiKeyUsageBucketConfiguration : IEntityTypeConfiguration<ApiKeyUsageBucket>
{
    public const string Table = "api_key_usage";

    public void Configure(EntityTypeBuilder<ApiKeyUsageBucket> builder)
    {
        builder.ToTable(Table);
        // The key's buckets by minute: the windows of the rate limit and the metrics are ranges of it.
        builder.HasKey(b => new { b.ApiKeyId, b.Minute });
        builder.HasOne<ApiKey>().WithMany().HasForeignKey(b => b.ApiKeyId).OnDelete(DeleteBehavior.Cascade);
        // Rate-limit refusals across keys (admin statistics) read only the buckets that have any.
        builder.HasIndex(b => b.RateLimited).HasFilter("rate_limited > 0");
    }
}
