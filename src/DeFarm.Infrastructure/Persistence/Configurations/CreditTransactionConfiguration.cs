using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class CreditTransactionConfiguration : IEntityTypeConfiguration<CreditTransaction>
{
    public void Configure(EntityTypeBuilder<CreditTransaction> builder)
    {
        builder.ToTable("credit_transactions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).HasColumnName("transaction_id").ValueGeneratedNever();
        builder.Property(t => t.UserId).HasMaxLength(255);
        builder.Property(t => t.Type).HasColumnName("transaction_type").HasMaxLength(50).HasConversion<string>();
        builder.Property(t => t.Description).HasMaxLength(500);
        builder.Property(t => t.OperationType).HasMaxLength(100);
        builder.Property(t => t.OperationId).HasMaxLength(255);
        builder.Property(t => t.Timestamp).HasColumnName("created_at");
        builder.HasOne<UserAccount>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.UserId, t.Timestamp }).IsDescending(false, true);
    }
}
