using DeFarm.Domain.Common;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Infrastructure.InMemory;

/// <summary>
/// A unique constraint: at most one row per non-null value of <see cref="ValueOf"/>; a clash throws
/// <see cref="Violation"/> (a conflict, or a concurrent update where the command should run again).
/// </summary>
internal sealed record UniqueConstraint<TEntity>(
    string Name, Func<TEntity, object?> ValueOf, Func<DeFarmException> Violation);

/// <summary>The part of a table a unit of work needs without knowing its key and entity types.</summary>
internal interface IInMemoryTable
{
    void CheckUniqueness(IReadOnlyCollection<object> writes, IReadOnlyCollection<object> removals);
}

/// <summary>
/// One table of the in-memory store: committed rows (private copies), a version per row, and indexed unique
/// constraints. Every member must be called while holding <see cref="InMemoryDatabase.Lock"/>.
/// </summary>
internal sealed class InMemoryTable<TKey, TEntity> : IInMemoryTable
    where TKey : notnull
    where TEntity : class
{
    private readonly Dictionary<TKey, (TEntity Value, long Version)> _rows = [];
    private readonly (UniqueConstraint<TEntity> Constraint, Dictionary<object, TKey> Owners)[] _uniqueIndexes;

    public InMemoryTable(Func<TEntity, TKey> keyOf, params UniqueConstraint<TEntity>[] uniqueConstraints)
    {
        KeyOf = keyOf;
        _uniqueIndexes = uniqueConstraints.Select(c => (c, new Dictionary<object, TKey>())).ToArray();
    }

    public Func<TEntity, TKey> KeyOf { get; }

    /// <summary>What inserting a row whose key is taken throws (by default 409 <c>duplicate_key</c>).</summary>
    public Func<Exception> KeyViolation { get; init; } = PersistenceErrors.DuplicateKey;

    /// <summary>
    /// Fills the values the store assigns to a new row (as a database default or trigger would), just before it
    /// is written, given the committed rows.
    /// </summary>
    public Action<TEntity, IEnumerable<TEntity>>? BeforeInsert { get; init; }

    /// <summary>Committed rows, for filtering. Callers copy what they hand out.</summary>
    public IEnumerable<TEntity> Rows => _rows.Values.Select(r => r.Value);

    public bool TryGet(TKey key, out TEntity value, out long version)
    {
        var found = _rows.TryGetValue(key, out var row);
        (value, version) = row;
        return found;
    }

    /// <summary>The committed row holding <paramref name="value"/> under the named unique constraint.</summary>
    public bool TryGetByUnique(string constraintName, object value, out TEntity entity, out long version)
    {
        var owners = _uniqueIndexes.Single(i => i.Constraint.Name == constraintName).Owners;
        if (owners.TryGetValue(value, out var key))
        {
            return TryGet(key, out entity, out version);
        }

        (entity, version) = (null!, 0);
        return false;
    }

    void IInMemoryTable.CheckUniqueness(IReadOnlyCollection<object> writes, IReadOnlyCollection<object> removals) =>
        CheckUniqueness(writes.Cast<TEntity>().ToList(), removals.Cast<TEntity>().ToList());

    /// <summary>
    /// Throws the constraint's conflict if writing <paramref name="changes"/> (and removing
    /// <paramref name="removals"/>) would duplicate a value.
    /// </summary>
    public void CheckUniqueness(IReadOnlyCollection<TEntity> changes, IReadOnlyCollection<TEntity> removals)
    {
        var changedKeys = changes.Concat(removals).Select(KeyOf).ToHashSet();
        foreach (var (constraint, owners) in _uniqueIndexes)
        {
            var valuesInBatch = new HashSet<object>();
            foreach (var change in changes)
            {
                if (constraint.ValueOf(change) is not { } value)
                {
                    continue;
                }

                // A committed owner only clashes if this batch leaves its value untouched.
                var clashesWithCommitted = owners.TryGetValue(value, out var owner) && !changedKeys.Contains(owner);
                if (clashesWithCommitted || !valuesInBatch.Add(value))
                {
                    throw constraint.Violation();
                }
            }
        }
    }

    /// <returns>The row's new version.</returns>
    public long Write(TEntity value)
    {
        var key = KeyOf(value);
        var version = 1L;
        if (_rows.TryGetValue(key, out var previous))
        {
            Unindex(key, previous.Value);
            version = previous.Version + 1;
        }

        var copy = ObjectGraph.Clone(value);
        _rows[key] = (copy, version);
        foreach (var (constraint, owners) in _uniqueIndexes)
        {
            if (constraint.ValueOf(copy) is { } indexed)
            {
                owners[indexed] = key;
            }
        }

        return version;
    }

    public void Remove(TKey key)
    {
        if (_rows.Remove(key, out var row))
        {
            Unindex(key, row.Value);
        }
    }

    public int RemoveWhere(Func<TEntity, bool> predicate)
    {
        var doomed = _rows.Where(r => predicate(r.Value.Value)).ToList();
        foreach (var (key, row) in doomed)
        {
            Unindex(key, row.Value);
            _rows.Remove(key);
        }

        return doomed.Count;
    }

    private void Unindex(TKey key, TEntity value)
    {
        foreach (var (constraint, owners) in _uniqueIndexes)
        {
            if (constraint.ValueOf(value) is { } indexed && owners.TryGetValue(indexed, out var owner)
                && owner.Equals(key))
            {
                owners.Remove(indexed);
            }
        }
    }
}
