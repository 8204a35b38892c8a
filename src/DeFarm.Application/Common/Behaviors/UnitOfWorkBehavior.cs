using DeFarm.Application.Common.Interfaces;
using Mediator;

namespace DeFarm.Application.Common.Behaviors;

/// <summary>
/// Commits a command's staged changes exactly once, after its handler succeeded, as one transaction.
/// Queries pass straight through.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IUnitOfWork unitOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not IBaseCommand)
        {
            return await next(message, cancellationToken);
        }

        var response = await next(message, cancellationToken);
        await unitOfWork.CommitAsync(cancellationToken);
        return response;
    }
}
