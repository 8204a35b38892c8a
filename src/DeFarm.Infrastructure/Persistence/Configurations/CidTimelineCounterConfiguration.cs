using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>The last CID-timeline sequence handed out per DFID; only the database trigger touches it.</summary>
internal sealed class CidTimelineCounter
{
    public string Dfid { get; private set; } = string.Empty;
    public int LastSequence { get; private set; }
}

/// <summary>
/// <c>cid_timeline_counters</c>. The trigger of the StorageHistory migration upserts the DFID's row
/// (<c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>) for each new timeline entry: the row lock it takes is held
/// until the inserting transaction ends, so concurrent appends to one DFID are numbered one after the other,
/// and a rolled-back append gives its number back.
/// </summary>
internal sealed class CidTimelineCounterConfiguration : IEntityTypeConfiguration<CidTimelineCounter>
{
    public const string Table = "cid_timeline_counters";

    public void Configure(EntityTypeBuilder<CidTimelineCounter> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(c => c.Dfid);
        builder.Property(c => c.Dfid).HasMaxLength(64);
    }
}
