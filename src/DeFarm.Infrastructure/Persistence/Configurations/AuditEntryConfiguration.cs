using DeFarm.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string ChainSequenceIndex = "ux_audit_log_chain_sequence";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Chain).HasMaxLength(300);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.MaxActionLength);
        builder.Property(e => e.ResourceType).HasMaxLength(AuditEntry.MaxResourceTypeLength);
        builder.Property(e => e.ResourceId).HasMaxLength(AuditEntry.MaxResourceIdLength);
        builder.Property(e => e.UserId).HasMaxLength(255);
        // json, not jsonb: the text is kept byte for byte, as it was hashed.
        builder.Property(e => e.Changes).HasColumnType("json");
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        // One entry per place in a chain, whatever happens to the lock: a fork cannot be stored.
        builder.HasIndex(e => new { e.Chain, e.Sequence }).IsUnique().HasDatabaseName(ChainSequenceIndex);
        // Every chain at once, newest first (admins).
        builder.HasIndex(e => new { e.CreatedAt, e.Sequence });
    }
}
