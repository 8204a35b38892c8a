using DeFarm.Domain.Common;
using Mediator;
using Microsoft.Extensions.Logging;

namespace DeFarm.Application.Common.Behaviors;

/// <summary>Logs any unexpected failure with the message that caused it; expected failures pass silently.</summary>
public sealed partial class UnhandledExceptionBehavior<TMessage, TResponse>(
    ILogger<UnhandledExceptionBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception exception) when (exception is not DeFarmException and not OperationCanceledException)
        {
            LogUnhandled(logger, exception, typeof(TMessage).Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception while handling {MessageName}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string messageName);
}
