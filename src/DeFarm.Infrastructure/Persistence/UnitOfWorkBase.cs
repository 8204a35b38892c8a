using DeFarm.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>Commit-then-notify shared by both providers: after-commit actions run only once the save succeeded.</summary>
internal abstract partial class UnitOfWorkBase(ILogger logger) : IUnitOfWork
{
    private readonly List<Func<CancellationToken, Task>> _afterCommit = [];

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await SaveAsync(cancellationToken);
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

    public void Reset()
    {
        _afterCommit.Clear();
        DiscardChanges();
    }

    protected abstract Task SaveAsync(CancellationToken cancellationToken);

    protected abstract void DiscardChanges();

    [LoggerMessage(Level = LogLevel.Error, Message = "An action scheduled after a successful commit failed")]
    private static partial void LogAfterCommitFailure(ILogger logger, Exception exception);
}
