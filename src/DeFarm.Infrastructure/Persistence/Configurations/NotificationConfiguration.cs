using DeFarm.Domain.Notifications;
using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("notification_id").ValueGeneratedNever();
        builder.Property(n => n.UserId).HasMaxLength(255);
        builder.Property(n => n.Type).HasColumnName("notification_type").HasMaxLength(50).HasConversion<string>();
        builder.Property(n => n.Title).HasMaxLength(255);
        builder.Property(n => n.Message).HasMaxLength(2000);
        builder.Property(n => n.Data).HasJsonbConversion();
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        // Unread counts and "mark all read" look only at a user's unread notifications.
        builder.HasIndex(n => n.UserId).HasFilter("NOT is_read").HasDatabaseName("ix_notifications_unread");
        builder.HasRowVersion();
    }
}
