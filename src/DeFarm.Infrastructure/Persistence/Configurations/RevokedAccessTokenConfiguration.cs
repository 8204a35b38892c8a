using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class RevokedAccessTokenConfiguration : IEntityTypeConfiguration<RevokedAccessToken>
{
    public void Configure(EntityTypeBuilder<RevokedAccessToken> builder)
    {
        builder.ToTable("revoked_access_tokens");
        builder.HasKey(t => t.TokenHash);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.UserId).HasMaxLength(255);
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.ExpiresAt);
    }
}
