using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public const string UsernameIndex = "ix_user_accounts_username";
    public const string EmailIndex = "ix_user_accounts_email";

    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("user_accounts");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).HasColumnName("user_id").HasMaxLength(255);
        builder.Property(u => u.Username).HasMaxLength(100);
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.FullName).HasMaxLength(255);
        builder.Property(u => u.PasswordHash).HasMaxLength(100);
        // Lower-case tier names, as the original stores them.
        builder.Property(u => u.Tier).HasMaxLength(50)
            .HasConversion(t => t.ToString().ToLowerInvariant(), s => Enum.Parse<UserTier>(s, true));
        builder.Property(u => u.Status).HasMaxLength(50).HasConversion<string>();
        builder.Property(u => u.WorkspaceId).HasMaxLength(255);
        builder.Ignore(u => u.Limits);
        builder.Property(u => u.AssignedRole).HasMaxLength(20)
            .HasConversion(r => r!.Value.ToString().ToLowerInvariant(), s => Enum.Parse<UserRole>(s, true));
        builder.Ignore(u => u.Role);
        builder.Ignore(u => u.IsDeleted);
        builder.HasIndex(u => u.Username).IsUnique().HasDatabaseName(UsernameIndex);
        builder.HasIndex(u => u.Email).IsUnique().HasDatabaseName(EmailIndex);
        // The admin list: accounts not deleted, newest first.
        builder.HasIndex(u => u.CreatedAt).HasFilter("deleted_at IS NULL");
        builder.HasRowVersion();
    }
}
