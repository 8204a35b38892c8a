namespace DeFarm.Application.Common.Interfaces;

public enum DatabaseState
{
    NotInitialized,
    Connecting,
    Connected,
    Failed,
}

/// <summary>Which store serves this process and whether it can take requests right now.</summary>
public interface IDatabaseStatus
{
    /// <summary><c>Postgres</c> or <c>InMemory</c>.</summary>
    string Provider { get; }

    DatabaseState State { get; }

    string Message { get; }

    DateTimeOffset ChangedAt { get; }

    /// <summary>How long clients should wait before retrying while the database is unavailable.</summary>
    TimeSpan RetryAfter { get; }

    bool IsAvailable => State == DatabaseState.Connected;
}
