using System.Text.Json.Nodes;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal sealed class ItemConfiguration : IEntityTypeConfiguration<Item>
{
    public void Configure(EntityTypeBuilder<Item> builder)
    {
        builder.ToTable("items");
        builder.HasKey(i => i.Dfid);
        builder.Property(i => i.Dfid).HasMaxLength(64);
        builder.Property(i => i.EnrichedData).HasJsonbConversion();
        builder.Property(i => i.Fingerprint).HasMaxLength(64);
        builder.Property(i => i.Status).HasMaxLength(20).HasConversion<string>();
        builder.Property(i => i.CreatedBy).HasMaxLength(255);
        builder.Property(i => i.WorkspaceId).HasMaxLength(255);
        builder.Ignore(i => i.IsLocal);

        builder.OwnsMany(i => i.Identifiers, identifier =>
        {
            identifier.ToTable("item_identifiers");
            identifier.WithOwner().HasForeignKey("dfid");
            identifier.Property<long>("id");
            identifier.HasKey("id");
            identifier.Property(x => x.Namespace).HasMaxLength(IdentifierListRules.MaxNamespaceLength);
            identifier.Property(x => x.Key).HasMaxLength(IdentifierListRules.MaxKeyLength);
            identifier.Property(x => x.Value).HasMaxLength(IdentifierListRules.MaxValueLength);
            identifier.Property(x => x.Kind).HasMaxLength(20).HasConversion<string>();
            identifier.Property(x => x.Registry).HasMaxLength(100);
            identifier.Property(x => x.Scope).HasMaxLength(IdentifierListRules.MaxScopeLength);
            identifier.Ignore(x => x.UniqueKey);
            identifier.HasIndex(x => new { x.Key, x.Value });
            identifier.HasIndex(x => new { x.Namespace, x.Key, x.Value });
        });
        builder.OwnsMany(i => i.SourceEntries, entry =>
        {
            entry.ToTable("item_source_entries");
            entry.WithOwner().HasForeignKey("dfid");
            entry.Property<long>("id");
            entry.HasKey("id");
        });
        builder.OwnsMany(i => i.Aliases, alias => alias.ToJson("aliases"));

        builder.HasIndex(i => new { i.CreatedBy, i.CreatedAt });
        // Lists page in (created_at, dfid) order, both ways. Every item of one import shares its timestamp, so an
        // index on created_at alone made each page read and sort a whole import (a thousand rows for twenty).
        builder.HasIndex(i => new { i.Status, i.CreatedAt, i.Dfid });
        builder.HasIndex(i => new { i.CreatedAt, i.Dfid });
        builder.HasIndex(i => i.LocalId);
        builder.HasIndex(i => i.WorkspaceId);
        builder.HasRowVersion();
    }
}
