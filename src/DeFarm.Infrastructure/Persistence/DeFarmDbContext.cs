using DeFarm.Domain.ApiKeys;
using DeFarm.Domain.Audit;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Events;
using DeFarm.Domain.Items;
using DeFarm.Domain.Notifications;
using DeFarm.Domain.Snapshots;
using DeFarm.Domain.Storage;
using DeFarm.Domain.Users;
using DeFarm.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence;

public sealed class DeFarmDbContext(DbContextOptions<DeFarmDbContext> options) : DbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<CreditTransaction> CreditTransactions => Set<CreditTransaction>();
    public DbSet<PasswordResetToken> PasswordResetTokens => Set<PasswordResetToken>();
    public DbSet<RevokedAccessToken> RevokedAccessTokens => Set<RevokedAccessToken>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();
    public DbSet<SessionRefreshToken> SessionRefreshTokens => Set<SessionRefreshToken>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<PendingItem> PendingItems => Set<PendingItem>();

    // Item shares
    public DbSet<ItemShare> ItemShares => Set<ItemShare>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<LidDfidMapping> LidDfidMappings => Set<LidDfidMapping>();

    // Storage history, CID timeline, content-addressed store, adapter configurations
    public DbSet<ItemStorageHistory> StorageHistories => Set<ItemStorageHistory>();
    public DbSet<CidTimelineEntry> CidTimeline => Set<CidTimelineEntry>();
    public DbSet<IndexingProgress> IndexingProgress => Set<IndexingProgress>();
    public DbSet<AdapterConfig> AdapterConfigs => Set<AdapterConfig>();
    internal DbSet<ContentBlock> ContentBlocks => Set<ContentBlock>();
    // Circuits and what they record
    public DbSet<Circuit> Circuits => Set<Circuit>();
    public DbSet<CircuitItem> CircuitItems => Set<CircuitItem>();
    public DbSet<CircuitOperation> CircuitOperations => Set<CircuitOperation>();
    public DbSet<CircuitActivity> CircuitActivities => Set<CircuitActivity>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    // Tokenization indexes (decisions 6 and 7)
    public DbSet<CanonicalIndexEntry> CanonicalIdentifiers => Set<CanonicalIndexEntry>();
    public DbSet<ItemFingerprint> ItemFingerprints => Set<ItemFingerprint>();

    // Audit chains, snapshots with their Merkle trees, partner API keys and their usage, canonical identifier types
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();
    public DbSet<Snapshot> Snapshots => Set<Snapshot>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    internal DbSet<ApiKeyUsageBucket> ApiKeyUsage => Set<ApiKeyUsageBucket>();
    public DbSet<CanonicalIdentifierType> CanonicalIdentifierTypes => Set<CanonicalIdentifierType>();

    /// <summary>The one DFID counter of the system (decision 1).</summary>
    public const string DfidSequence = "dfid_sequence";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>(DfidSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DeFarmDbContext).Assembly);
    }
}
