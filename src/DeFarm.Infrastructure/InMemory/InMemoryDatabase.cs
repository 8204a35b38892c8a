using DeFarm.Application.Adapters;
using DeFarm.Application.Admin;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Events;
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
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Infrastructure.InMemory;

/// <summary>
/// The whole in-memory store, one instance per process. Its tables mirror the PostgreSQL schema, including the
/// unique constraints, so both providers reject the same writes.
/// </summary>
internal sealed class InMemoryDatabase
{
    public const string UsernameConstraint = "username";
    public const string EmailConstraint = "email";
    public const string ResetTokenHashConstraint = "token_hash";

    // Item shares
    public const string ItemShareRecipientConstraint = "dfid_recipient";
    public const string EventContentHashConstraint = "content_hash";
    public const string LocalEventIdConstraint = "local_event_id";
    public const string AdapterConfigDefaultConstraint = "default_for";
    public const string CircuitSlugConstraint = "slug";

    public Lock Lock { get; } = new();

    public InMemoryKeyLocks KeyLocks { get; } = new();

    public InMemoryTable<string, UserAccount> Users { get; } = new(
        u => u.Id,
        new UniqueConstraint<UserAccount>(
            UsernameConstraint, u => u.Username, () => new ConflictException("username_taken", "Username already exists")),
        new UniqueConstraint<UserAccount>(
            EmailConstraint, u => u.Email, () => new ConflictException("email_taken", "Email already exists")));

    public InMemoryTable<Guid, CreditTransaction> CreditTransactions { get; } = new(t => t.Id);

    public InMemoryTable<string, PasswordResetToken> PasswordResetTokens { get; } = new(
        t => t.Id,
        new UniqueConstraint<PasswordResetToken>(
            ResetTokenHashConstraint, t => t.TokenHash, PersistenceErrors.DuplicateKey));

    public InMemoryTable<string, RevokedAccessToken> RevokedAccessTokens { get; } = new(t => t.TokenHash);

    public InMemoryTable<Guid, SignInSession> SignInSessions { get; } = new(s => s.Id);

    public InMemoryTable<string, SessionRefreshToken> SessionRefreshTokens { get; } = new(t => t.TokenHash);

    public InMemoryTable<string, Item> Items { get; } = new(i => i.Dfid);

    public InMemoryTable<Guid, PendingItem> PendingItems { get; } = new(p => p.Id);

    // Item shares: one per (item, recipient), as the unique index in PostgreSQL.
    public InMemoryTable<string, ItemShare> ItemShares { get; } = new(
        s => s.ShareId,
        new UniqueConstraint<ItemShare>(
            ItemShareRecipientConstraint, s => (s.Dfid, s.RecipientUserId), Application.Items.ItemErrors.AlreadyShared));
    public InMemoryTable<Guid, Event> Events { get; } = new(
        e => e.EventId,
        new UniqueConstraint<Event>(EventContentHashConstraint, e => e.ContentHash, EventErrors.DuplicateContent),
        new UniqueConstraint<Event>(LocalEventIdConstraint, e => e.LocalEventId, PersistenceErrors.DuplicateKey));
    public InMemoryTable<Guid, LidDfidMapping> LidDfidMappings { get; } = new(m => m.LocalId);

    // Storage history: two requests starting one item's history at once collide like a stale update.
    public InMemoryTable<string, ItemStorageHistory> StorageHistories { get; } = new(h => h.Dfid)
    {
        KeyViolation = () => new ConcurrentUpdateException(),
    };

    /// <summary>Numbered at commit, under the store's lock, next in the DFID's timeline (the trigger's job in PostgreSQL).</summary>
    public InMemoryTable<Guid, CidTimelineEntry> CidTimeline { get; } = new(
        e => e.Id,
        new UniqueConstraint<CidTimelineEntry>(
            "dfid_sequence", e => e.Sequence == 0 ? null : (e.Dfid, e.Sequence), PersistenceErrors.DuplicateKey))
    {
        BeforeInsert = (entry, committed) => entry.AssignSequence(
            committed.Where(e => e.Dfid == entry.Dfid).Select(e => e.Sequence).DefaultIfEmpty().Max() + 1),
    };

    public InMemoryTable<string, IndexingProgress> IndexingProgress { get; } = new(p => p.Network);

    public InMemoryTable<Guid, AdapterConfig> AdapterConfigs { get; } = new(
        c => c.ConfigId,
        new UniqueConstraint<AdapterConfig>("name", c => c.Name, AdapterConfigErrors.NameTaken),
        new UniqueConstraint<AdapterConfig>(AdapterConfigDefaultConstraint, c => c.DefaultFor, AdapterConfigErrors.DefaultTaken));

    public InMemoryTable<string, ContentBlock> ContentBlocks { get; } = new(b => b.Cid);
    // Circuits own their members, roles, join requests and settings, so one row holds them all.
    public InMemoryTable<Guid, Circuit> Circuits { get; } = new(
        c => c.Id, new UniqueConstraint<Circuit>(CircuitSlugConstraint, c => c.Slug, () => new ConcurrentUpdateException()));
    // A second copy of a circuit item, or a second index entry, loses like a stale update (the push runs again).
    public InMemoryTable<(Guid, string), CircuitItem> CircuitItems { get; } = new(i => (i.CircuitId, i.Dfid))
    {
        KeyViolation = () => new ConcurrentUpdateException(),
    };
    public InMemoryTable<Guid, CircuitOperation> CircuitOperations { get; } = new(o => o.OperationId);
    public InMemoryTable<string, CircuitActivity> CircuitActivities { get; } = new(a => a.ActivityId);
    public InMemoryTable<Guid, Notification> Notifications { get; } = new(n => n.Id);
    public InMemoryTable<Guid, WebhookDelivery> WebhookDeliveries { get; } = new(d => d.Id);

    public InMemoryTable<(string, string, string), CanonicalIndexEntry> CanonicalIdentifiers { get; } =
        new(e => (e.Namespace, e.Registry, e.Value)) { KeyViolation = () => new ConcurrentUpdateException() };

    public InMemoryTable<(Guid, string), ItemFingerprint> ItemFingerprints { get; } =
        new(f => (f.CircuitId, f.Fingerprint)) { KeyViolation = () => new ConcurrentUpdateException() };

    // Audit chains: a second entry at one place of a chain loses like a stale update.
    public InMemoryTable<(string, long), AuditEntry> AuditLog { get; } =
        new(e => (e.Chain, e.Sequence)) { KeyViolation = () => new ConcurrentUpdateException() };

    // A snapshot holds its Merkle tree, leaves and verifications.
    public InMemoryTable<Guid, Snapshot> Snapshots { get; } = new(s => s.Id);

    public InMemoryTable<Guid, ApiKey> ApiKeys { get; } = new(
        k => k.Id, new UniqueConstraint<ApiKey>("key_hash", k => k.KeyHash, PersistenceErrors.DuplicateKey));

    /// <summary>Changed in place under <see cref="Lock"/>, outside any unit of work (<c>IApiKeyUsage</c>).</summary>
    public InMemoryTable<(Guid, DateTimeOffset), ApiKeyUsageBucket> ApiKeyUsage { get; } = new(b => (b.ApiKeyId, b.Minute));

    public InMemoryTable<Guid, CanonicalIdentifierType> CanonicalIdentifierTypes { get; } = new(
        t => t.Id,
        new UniqueConstraint<CanonicalIdentifierType>(
            "value_chain_type", t => (t.ValueChain, t.IdentifierType), AdminErrors.IdentifierTypeExists));

    /// <summary>
    /// The DFIDs circuits let <paramref name="userId"/> see (<c>ICircuitMembership.GrantsItemAsync</c>): held by a
    /// circuit they belong to, or published by a publicly accessible one. Call while holding <see cref="Lock"/>.
    /// </summary>
    public HashSet<string> DfidsGrantedByCircuits(string userId, DateTimeOffset now)
    {
        var memberOf = Circuits.Rows.Where(c => c.IsMember(userId)).Select(c => c.Id).ToHashSet();
        return CircuitItems.Rows.Where(i => memberOf.Contains(i.CircuitId)).Select(i => i.Dfid)
            .Concat(Circuits.Rows.Where(c => c.IsPubliclyAccessible(now)).SelectMany(c => c.PublishedItems).Select(p => p.Dfid))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Copies of the committed rows <paramref name="query"/> selects, untracked (read-only use).</summary>
    public List<TEntity> Query<TKey, TEntity>(InMemoryTable<TKey, TEntity> table, Func<IEnumerable<TEntity>, IEnumerable<TEntity>> query)
        where TKey : notnull
        where TEntity : class
    {
        lock (Lock)
        {
            return query(table.Rows).Select(ObjectGraph.Clone).ToList();
        }
    }

    public int RemoveWhere<TKey, TEntity>(InMemoryTable<TKey, TEntity> table, Func<TEntity, bool> predicate)
        where TKey : notnull
        where TEntity : class
    {
        lock (Lock)
        {
            return table.RemoveWhere(predicate);
        }
    }
}
