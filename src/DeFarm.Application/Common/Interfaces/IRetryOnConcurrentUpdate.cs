namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Marks a command that is re-run from scratch, on fresh data, when its commit loses a race
/// (<see cref="Exceptions.ConcurrentUpdateException"/>). For commands whose rules must see every concurrent
/// request (rate limits, single-use tokens); other commands report the conflict as a 409.
/// </summary>
public interface IRetryOnConcurrentUpdate;
