namespace DeFarm.Domain.Common;

/// <summary>An aggregate refused a change because it would break one of its invariants (HTTP 400).</summary>
public sealed class BusinessRuleException(string code, string message) : DeFarmException(code, message);
