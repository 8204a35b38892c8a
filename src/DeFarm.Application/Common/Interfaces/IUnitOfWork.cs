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

    /// <summary>Forgets every staged change and after-commit action, so a command can run again on fresh data.</summary>
    void Reset();
}
