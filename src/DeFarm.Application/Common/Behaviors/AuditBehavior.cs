using DeFarm.Application.Audit;
using Mediator;

namespace DeFarm.Application.Common.Behaviors;

/// <summary>
/// Writes the audit records of a command that succeeded (<see cref="IAuditDescriber{TCommand,TResponse}"/>) in
/// the same transaction as its change: it runs inside the unit-of-work behavior, so the change and its audit
/// entries commit, or roll back, together. Constrained to commands, so queries (the item read among them) never
/// build the audit trail and its ports.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(
    IEnumerable<IAuditDescriber<TMessage, TResponse>> describers,
    AuditTrail trail)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        var records = describers.SelectMany(d => d.Describe(message, response)).ToList();
        if (records.Count > 0)
        {
            await trail.AppendAsync(records, cancellationToken);
        }

        return response;
    }
}
