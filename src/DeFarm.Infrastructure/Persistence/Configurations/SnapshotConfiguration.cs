using DeFarm.Domain.Snapshots;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>
/// A snapshot and its Merkle tree (one row each), the tree's leaves and its verifications in their own tables,
/// all keyed by the snapshot, so deleting it deletes them.
/// </summary>
internal sealed class SnapshotConfiguration : IEntityTypeConfiguration<Snapshot>
{
    private const string SnapshotIdColumn = "snapshot_id";

    public void Configure(EntityTypeBuilder<Snapshot> builder)
    {
        builder.ToTable("snapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName(SnapshotIdColumn).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(Snapshot.MaxNameLength);
        builder.Property(s => s.SnapshotType).HasMaxLength(20);
        builder.Property(s => s.ResourceType).HasMaxLength(20)
            .HasConversion(t => t.ToString().ToLowerInvariant(), s => Enum.Parse<SnapshotResourceType>(s, true));
        builder.Property(s => s.ResourceId).HasMaxLength(255);
        builder.Property(s => s.Description).HasMaxLength(Snapshot.MaxDescriptionLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(255);
        builder.Property(s => s.Checksum).HasMaxLength(64);
        builder.OwnsOne(s => s.Tree, tree =>
        {
            tree.ToTable("merkle_trees");
            tree.WithOwner().HasForeignKey(SnapshotIdColumn);
            tree.Property(t => t.Id).HasColumnName("tree_id");
            tree.Property(t => t.RootHash).HasMaxLength(64);
            tree.Property(t => t.HashAlgorithm).HasMaxLength(20);
            tree.Property(t => t.TreeType).HasMaxLength(20);
            tree.HasIndex(t => t.Id).IsUnique();
            tree.OwnsMany(t => t.Leaves, leaf =>
            {
                leaf.ToTable("merkle_leaves");
                leaf.WithOwner().HasForeignKey(SnapshotIdColumn);
                leaf.HasKey(SnapshotIdColumn, nameof(MerkleLeaf.Position));
                leaf.Property(l => l.Position).ValueGeneratedNever();
                leaf.Property(l => l.Key).HasMaxLength(100);
                leaf.Property(l => l.ContentHash).HasMaxLength(64);
            });
            tree.OwnsMany(t => t.Verifications, verification =>
            {
                verification.ToTable("merkle_verifications");
                verification.WithOwner().HasForeignKey(SnapshotIdColumn);
                verification.HasKey(v => v.Id);
                verification.Property(v => v.Id).ValueGeneratedNever();
                verification.Property(v => v.ComputedRoot).HasMaxLength(64);
                verification.Property(v => v.ExpectedRoot).HasMaxLength(64);
                verification.Property(v => v.VerifiedBy).HasMaxLength(255);
                verification.HasIndex(v => new { v.TreeId, v.CreatedAt });
            });
        });
        // Circuit snapshots of the caller's circuits, item snapshots of the items they see.
        builder.HasIndex(s => new { s.ResourceType, s.ResourceId });
        builder.HasIndex(s => s.CreatedAt);
        builder.HasRowVersion();
    }
}
