using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Circuits;

internal static class CircuitTierLimit
{
    /// <summary>
    /// 403 <c>tier_limit_reached</c> when the caller's tier allows no more active circuits (decision 19). Checked
    /// before the insert, so two simultaneous creations can pass it together.
    /// </summary>
    public static async Task EnsureRoomForAnotherAsync(
        UserAccount caller, ICircuitRepository circuits, CancellationToken cancellationToken)
    {
        if (caller.Limits.MaxCircuits is { } limit
            && await circuits.CountActiveOwnedByAsync(caller.Id, cancellationToken) >= limit)
        {
            throw CircuitErrors.TierLimitReached(limit);
        }
    }
}
