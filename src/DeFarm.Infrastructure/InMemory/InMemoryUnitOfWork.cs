using DeFarm.Application.Common.Exceptions;
using DeFarm.Infrastructure.Persistence;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.InMemory;

/// <summary>
/// Tracks the copies a request loaded or added, and on commit writes the changed ones back atomically under the
/// store's lock, after checking row versions (optimistic concurrency) and unique constraints.
/// </summary>
internal sealed class InMemoryUnitOfWork(InMemoryDatabase database, ILogger<InMemoryUnitOfWork> logger)
    : UnitOfWorkBase(logger)
{
    private readonly List<ITrackedEntity> _tracked = [];
    private readonly List<SemaphoreSlim> _heldLocks = [];

    public InMemoryDatabase Database { get; } = database;

    /// <summary>The row with this key, tracked for commit; the same instance when loaded twice.</summary>
    public TEntity? Load<TKey, TEntity>(InMemoryTable<TKey, TEntity> table, TKey key)
        where TKey : notnull
        where TEntity : class
    {
        if (FindTracked(table, key) is { } tracked)
        {
            return tracked;
        }

        lock (Database.Lock)
        {
            return table.TryGet(key, out var row, out var version) ? Track(table, row, version) : null;
        }
    }

    /// <summary>The row holding <paramref name="value"/> under a unique constraint, tracked for commit.</summary>
    public TEntity? LoadByUnique<TKey, TEntity>(InMemoryTable<TKey, TEntity> table, string constraint, object value)
        where TKey : notnull
        where TEntity : class
    {
        lock (Database.Lock)
        {
            if (!table.TryGetByUnique(constraint, value, out var row, out var version))
            {
                return null;
            }

            return FindTracked(table, table.KeyOf(row)) ?? Track(table, row, version);
        }
    }

    public void Insert<TKey, TEntity>(InMemoryTable<TKey, TEntity> table, TEntity entity)
        where TKey : notnull
        where TEntity : class =>
        _tracked.Add(new TrackedEntity<TKey, TEntity>(table, entity, null, 0));

    /// <summary>Stages the removal of a row this request loaded.</summary>
    public void Delete<TKey, TEntity>(InMemoryTable<TKey, TEntity> table, TEntity entity)
        where TKey : notnull
        where TEntity : class
    {
        var tracked = _tracked.OfType<TrackedEntity<TKey, TEntity>>()
            .FirstOrDefault(t => ReferenceEquals(t.Current, entity))
            ?? throw new InvalidOperationException("Only a row loaded by this request can be deleted.");
        tracked.IsDeleted = true;
    }

    protected override Task SaveAsync(CancellationToken cancellationToken)
    {
        var changes = _tracked.Where(t => t.HasChanges).ToList();
        lock (Database.Lock)
        {
            changes.ForEach(change => change.CheckVersion());
            foreach (var byTable in changes.GroupBy(c => c.Table))
            {
                byTable.Key.CheckUniqueness(
                    byTable.Where(c => !c.IsDeleted).Select(c => c.Entity).ToList(),
                    byTable.Where(c => c.IsDeleted).Select(c => c.Entity).ToList());
            }

            changes.ForEach(change => change.Write());
        }

        _tracked.RemoveAll(t => t.IsDeleted);
        return Task.CompletedTask;
    }

    protected override void DiscardChanges() => _tracked.Clear();

    protected override async Task AcquireLocksAsync(IReadOnlyList<long> orderedLockIds, CancellationToken cancellationToken)
    {
        // A stripe this unit of work already holds is not waited for again: PostgreSQL's advisory locks are
        // re-entrant within a session too.
        foreach (var stripe in Database.KeyLocks.StripesOf(orderedLockIds).Where(s => !_heldLocks.Contains(s)))
        {
            await stripe.WaitAsync(cancellationToken);
            _heldLocks.Add(stripe);
        }
    }

    protected override Task ReleaseLocksAsync()
    {
        _heldLocks.ForEach(stripe => stripe.Release());
        _heldLocks.Clear();
        return Task.CompletedTask;
    }

    private TEntity Track<TKey, TEntity>(InMemoryTable<TKey, TEntity> table, TEntity committed, long version)
        where TKey : notnull
        where TEntity : class
    {
        var copy = ObjectGraph.Clone(committed);
        _tracked.Add(new TrackedEntity<TKey, TEntity>(table, copy, ObjectGraph.Clone(committed), version));
        return copy;
    }

    private TEntity? FindTracked<TKey, TEntity>(InMemoryTable<TKey, TEntity> table, TKey key)
        where TKey : notnull
        where TEntity : class =>
        _tracked.OfType<TrackedEntity<TKey, TEntity>>()
            .FirstOrDefault(t => ReferenceEquals(t.Table, table) && t.Key.Equals(key))?.Current;

    private interface ITrackedEntity
    {
        IInMemoryTable Table { get; }
        object Entity { get; }
        bool IsDeleted { get; }
        bool HasChanges { get; }
        void CheckVersion();
        void Write();
    }

    /// <summary>
    /// A copy handed to the request. <see cref="Original"/> is the committed state it started from (<c>null</c>
    /// for a new row) and <see cref="Version"/> that row's version; both move forward when the copy is written,
    /// so the request can go on changing and committing it, as with EF Core's change tracker.
    /// </summary>
    private sealed class TrackedEntity<TKey, TEntity>(
        InMemoryTable<TKey, TEntity> typedTable, TEntity current, TEntity? original, long version) : ITrackedEntity
        where TKey : notnull
        where TEntity : class
    {
        public InMemoryTable<TKey, TEntity> TypedTable { get; } = typedTable;
        public TEntity Current { get; } = current;
        public TEntity? Original { get; private set; } = original;
        public long Version { get; private set; } = version;
        public TKey Key => TypedTable.KeyOf(Current);
        public IInMemoryTable Table => TypedTable;
        public object Entity => Current;
        public bool IsDeleted { get; set; }
        public bool HasChanges => IsDeleted || Original is null || !ObjectGraph.AreEqual(Original, Current);

        public void CheckVersion()
        {
            var exists = TypedTable.TryGet(Key, out _, out var committedVersion);
            if (Original is null && exists)
            {
                throw TypedTable.KeyViolation();
            }

            if (Original is not null && (!exists || committedVersion != Version))
            {
                throw new ConcurrentUpdateException();
            }
        }

        public void Write()
        {
            if (IsDeleted)
            {
                TypedTable.Remove(Key);
                return;
            }

            if (Original is null)
            {
                TypedTable.BeforeInsert?.Invoke(Current, TypedTable.Rows);
            }

            Version = TypedTable.Write(Current);
            Original = ObjectGraph.Clone(Current);
        }
    }
}
