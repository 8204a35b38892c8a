using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// The live state of the store, shared by the request gate, the health endpoints and the reconnection loop.
/// A request that hits a lost connection reports it here, which wakes the loop at once.
/// </summary>
internal sealed class DatabaseAvailability(PersistenceProvider provider, DatabaseSettings settings, TimeProvider clock)
    : IDatabaseStatus
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _failureSignal = new(0, 1);

    public string Provider { get; } = provider.ToString();
    public DatabaseState State { get; private set; } = DatabaseState.NotInitialized;
    public string Message { get; private set; } = "Database connection not initialized yet";
    public DateTimeOffset ChangedAt { get; private set; } = clock.GetUtcNow();
    public TimeSpan RetryAfter { get; } = TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(settings.ReconnectIntervalSeconds)));

    public void MarkConnecting() => Set(DatabaseState.Connecting, "Connecting to the database");

    public void MarkConnected() => Set(DatabaseState.Connected, $"{Provider} database is reachable");

    public void MarkFailed(string reason)
    {
        Set(DatabaseState.Failed, $"Database unreachable: {reason}");
        if (_failureSignal.CurrentCount == 0)
        {
            _failureSignal.Release();
        }
    }

    /// <summary>Waits until a failure is reported or <paramref name="timeout"/> passes.</summary>
    public async Task WaitForFailureAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await _failureSignal.WaitAsync(timeout, cancellationToken);

    private void Set(DatabaseState state, string message)
    {
        lock (_lock)
        {
            if (State == state && Message == message)
            {
                return;
            }

            (State, Message, ChangedAt) = (state, message, clock.GetUtcNow());
        }
    }
}
