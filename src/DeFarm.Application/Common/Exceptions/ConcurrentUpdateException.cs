using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>HTTP 409: another request changed the same data first (optimistic concurrency).</summary>
public sealed class ConcurrentUpdateException() : DeFarmException(
    "concurrent_update", "The resource was changed by another request. Reload it and try again.");
