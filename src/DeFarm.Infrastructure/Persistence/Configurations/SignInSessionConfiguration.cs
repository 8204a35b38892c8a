using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class SignInSessionConfiguration : IEntityTypeConfiguration<SignInSession>
{
    public void Configure(EntityTypeBuilder<SignInSession> builder)
    {
        builder.ToTable("sign_in_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("session_id").ValueGeneratedNever();
        builder.Property(s => s.UserId).HasMaxLength(255);
        builder.Property(s => s.UserAgent).HasMaxLength(SignInSession.MaxUserAgentLength);
        builder.Property(s => s.IpAddress).HasMaxLength(SignInSession.MaxIpAddressLength);
        builder.Property(s => s.EndReason).HasMaxLength(20).HasConversion<string>();
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        // The caller's session list, most recently active first.
        builder.HasIndex(s => new { s.UserId, s.LastActivityAt });
        // Clean-up of finished sessions.
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasIndex(s => s.EndedAt);
        builder.HasRowVersion();
    }
}
