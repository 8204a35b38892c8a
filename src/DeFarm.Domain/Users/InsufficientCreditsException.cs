using DeFarm.Domain.Common;

namespace DeFarm.Domain.Users;

/// <summary>An operation costs more credits than the account holds, while charging is on (HTTP 402).</summary>
public sealed class InsufficientCreditsException(long required, long available)
    : DeFarmException(
        "insufficient_credits",
        $"This operation costs {required} credits and the account has {available}")
{
    public long Required { get; } = required;
    public long Available { get; } = available;
}
