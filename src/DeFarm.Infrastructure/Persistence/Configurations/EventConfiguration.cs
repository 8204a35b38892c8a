using DeFarm.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public const string ContentHashIndex = "ux_events_content_hash";
    public const string LocalEventIdIndex = "ux_events_local_event_id";

    /// <summary>Shadow columns PostgreSQL derives from the metadata, so visibility is filtered in SQL.</summary>
    public const string RecipientIdColumn = "MetadataRecipientId";

    public const string CircuitIdColumn = "MetadataCircuitId";

    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).ValueGeneratedNever();
        builder.Property(e => e.Dfid).HasMaxLength(80);
        builder.Property(e => e.EventType).HasMaxLength(30).HasConversion<string>();
        builder.Property(e => e.Visibility).HasMaxLength(20).HasConversion<string>();
        builder.Property(e => e.Source).HasMaxLength(255);
        builder.Property(e => e.Metadata).HasJsonbConversion();
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.Ignore(e => e.RecipientId);
        builder.Ignore(e => e.CircuitId);

        // Stored generated columns: text values only, as Event.RecipientId / Event.CircuitId read them.
        builder.Property<string?>(RecipientIdColumn)
            .HasComputedColumnSql($"{TextOf(Event.RecipientKey)}", stored: true);
        builder.Property<string?>(CircuitIdColumn)
            .HasComputedColumnSql($"{TextOf(Event.CircuitKey)}", stored: true);

        builder.HasIndex(e => e.Dfid);
        builder.HasIndex(e => e.EventType);
        builder.HasIndex(e => e.Visibility);
        builder.HasIndex(e => e.Timestamp);
        builder.HasIndex(e => e.Source);
        builder.HasIndex(e => e.ContentHash).IsUnique().HasDatabaseName(ContentHashIndex);
        builder.HasIndex(e => e.LocalEventId).IsUnique().HasDatabaseName(LocalEventIdIndex);
        builder.HasIndex(RecipientIdColumn);
        builder.HasIndex(CircuitIdColumn);
        builder.HasRowVersion();
    }

    private static string TextOf(string key) =>
        $"CASE WHEN jsonb_typeof(metadata -> '{key}') = 'string' THEN metadata ->> '{key}' END";
}
