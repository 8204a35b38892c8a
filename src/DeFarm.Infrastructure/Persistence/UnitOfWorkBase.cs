using DeFarm.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// Commit-then-notify shared by both providers: after-commit actions run only once the save succeeded, and keys
/// locked by the command are released when it commits, resets or ends.
/// </summary>
internal abstract partial class UnitOfWorkBase(ILogger logger) : IUnitOfWork, IAsyncDisposable
{
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await SaveAsync(cancellationToken);
        }
        finally
        {
            await ReleaseLocksAsync();
        }

        foreach (var action in _afterCommit)
        {
            try
            {
                await action(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The write is committed; a failed notification must not turn it into an error response.
                LogAfterCommitFailure(logger, exception);
            }
        }

        _afterCommit.Clear();
    }

    public void AfterCommit(Func<CancellationToken, Task> action) => _afterCommit.Add(action);

    public Task LockAsync(IEnumerable<string> keys, CancellationToken cancellationToken) =>
        AcquireLocksAsync(KeyLockOrder.Of(keys), cancellationToken);

    public async Task ResetAsync()
    {
        _afterCommit.Clear();
        DiscardChanges();
        await ReleaseLocksAsync();
    }

    /// <summary>A command that failed before its commit still lets go of what it locked.</summary>
    public ValueTask DisposeAsync() => new(ReleaseLocksAsync());

    protected abstract Task SaveAsync(CancellationToken cancellationToken);

    protected abstract void DiscardChanges();

    /// <summary>Waits for each lock in the given order (already sorted and distinct), keeping them until release.</summary>
    protected abstract Task AcquireLocksAsync(IReadOnlyList<long> orderedLockIds, CancellationToken cancellationToken);

    /// <summary>Releases every lock this unit of work holds; does nothing when it holds none.</summary>
    protected abstract Task ReleaseLocksAsync();

    [LoggerMessage(Level = LogLevel.Error, Message = "An action scheduled after a successful commit failed")]
    private static partial void LogAfterCommitFailure(ILogger logger, Exception exception);
}
