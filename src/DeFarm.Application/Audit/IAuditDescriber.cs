namespace DeFarm.Application.Audit;

/// <summary>
/// Says what a command that succeeded changed, for the audit log. One describer per audited command, found by
/// type like a validator; <see cref="Common.Behaviors.AuditBehavior{TMessage,TResponse}"/> writes its records in
/// the command's own transaction. Commands without a describer are not audited.
/// </summary>
public interface IAuditDescriber<TCommand, TResponse>
{
    IEnumerable<AuditRecord> Describe(TCommand command, TResponse response);
}
