namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Commits everything the repositories of one request staged, atomically. Called once per command by the
/// unit-of-work behavior; handlers never call it themselves.
/// </summary>
public interface IUnitOfWork
{
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="action"/> only after a successful commit, for effects that leave the process
    /// (mail) and must not happen when the write is rolled back.
    /// </summary>
    void AfterCommit(Func<CancellationToken, Task> action);

    /// <summary>
    /// Holds <paramref name="keys"/> exclusively until this unit of work commits or resets, across every API
    /// instance, so that two commands which check before they insert (a new identifier, an event's content hash)
    /// cannot both pass the check. Keys are taken in one global order, so two holders never deadlock.
    /// </summary>
    Task LockAsync(IEnumerable<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Forgets every staged change and after-commit action and releases held keys, so a command can run again on
    /// fresh data.
    /// </summary>
    Task ResetAsync();
}
