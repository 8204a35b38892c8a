using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>
/// <c>item_cid_timeline</c> (engines-api.md §7.3). <c>event_sequence</c> is assigned by a BEFORE INSERT trigger
/// from the DFID's row in <c>cid_timeline_counters</c> (see <see cref="CidTimelineCounterConfiguration"/>).
/// </summary>
internal sealed class CidTimelineEntryConfiguration : IEntityTypeConfiguration<CidTimelineEntry>
{
    public const string DfidSequenceIndex = "ux_item_cid_timeline_dfid_event_sequence";

    public void Configure(EntityTypeBuilder<CidTimelineEntry> builder)
    {
        builder.ToTable("item_cid_timeline");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Dfid).HasMaxLength(64);
        builder.Property(e => e.Cid).HasMaxLength(100);
        // Generated on insert by the trigger, not by an identity column; EF reads it back with RETURNING.
        builder.Property(e => e.Sequence).HasColumnName("event_sequence").ValueGeneratedOnAdd()
            .Metadata.SetValueGenerationStrategy(NpgsqlValueGenerationStrategy.None);
        builder.Property(e => e.TransactionHash).HasColumnName("ipcm_transaction_hash").HasMaxLength(100);
        builder.Property(e => e.Network).HasMaxLength(50);
        builder.HasIndex(e => new { e.Dfid, e.Sequence }).IsUnique().HasDatabaseName(DfidSequenceIndex);
        builder.HasIndex(e => e.Cid);
    }
}
