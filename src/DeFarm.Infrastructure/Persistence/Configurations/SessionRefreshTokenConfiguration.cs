using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>Refresh tokens by their BLAKE3 hash; two exchanges of one token collide on its <c>xmin</c>.</summary>
internal sealed class SessionRefreshTokenConfiguration : IEntityTypeConfiguration<SessionRefreshToken>
{
    public void Configure(EntityTypeBuilder<SessionRefreshToken> builder)
    {
        builder.ToTable("session_refresh_tokens");
        builder.HasKey(t => t.TokenHash);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasOne<SignInSession>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.SessionId);
        builder.HasRowVersion();
    }
}
