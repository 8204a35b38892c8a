using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using Mediator;

namespace DeFarm.Application.Common.Behaviors;

/// <summary>
/// Commits a command's staged changes exactly once, after its handler succeeded, as one transaction.
/// Commands marked <see cref="IRetryOnConcurrentUpdate"/> that lose a race are re-run on fresh data.
/// Constrained to commands, so queries (the item read among them) never build the unit of work.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    private const int MaxAttempts = 8;

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var response = await next(message, cancellationToken);
                await unitOfWork.CommitAsync(cancellationToken);
                return response;
            }
            catch (Exception failure) when (failure is ICommitDespiteFailure)
            {
                await unitOfWork.CommitAsync(cancellationToken);
                throw;
            }
            catch (ConcurrentUpdateException) when (message is IRetryOnConcurrentUpdate && attempt < MaxAttempts)
            {
                await unitOfWork.ResetAsync();
                // A short random pause keeps the racing requests from colliding again in lockstep.
                await Task.Delay(Random.Shared.Next(5, 30), cancellationToken);
            }
        }
    }
}
