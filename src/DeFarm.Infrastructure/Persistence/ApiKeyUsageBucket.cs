namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// The requests one API key made in one minute (both providers): how many, how many failed, how many its rate
/// limit refused, and the last one's time. Written by atomic increments, never through a unit of work.
/// </summary>
internal sealed class ApiKeyUsageBucket(Guid apiKeyId, DateTimeOffset minute)
{
    public Guid ApiKeyId { get; private set; } = apiKeyId;
    public DateTimeOffset Minute { get; private set; } = minute;
    public long Requests { get; set; }
    public long Errors { get; set; }
    public long RateLimited { get; set; }
    public DateTimeOffset LastUsedAt { get; set; }

    public static DateTimeOffset MinuteOf(DateTimeOffset at) =>
        new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
}
