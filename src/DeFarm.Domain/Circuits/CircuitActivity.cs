using System.Globalization;

namespace DeFarm.Domain.Circuits;

public enum CircuitActivityType
{
    Push,
    Pull,
    Enrich,
}

public enum CircuitActivityStatus
{
    Success,
    Partial,
    Failed,
}

/// <summary>
/// One line of a circuit's activity log (engines-api.md §1.8), written for every completed push, pull or
/// approval.
/// </summary>
public sealed class CircuitActivity
{
    public const string IdPrefix = "ACTIVITY-";

    private CircuitActivity()
    {
    }

    private CircuitActivity(
        CircuitActivityType type, Guid circuitId, string circuitName, string[] itemDfids, string userId,
        CircuitActivityStatus status, int itemsAffected, int? enrichmentsMade, string? errorMessage, DateTimeOffset now)
    {
        var id = Guid.NewGuid();
        ActivityId = $"{IdPrefix}{now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}-"
            + id.ToString("N")[..8].ToUpperInvariant();
        ActivityType = type;
        CircuitId = circuitId;
        CircuitName = circuitName;
        ItemDfids = itemDfids;
        UserId = userId;
        Status = status;
        ItemsAffected = itemsAffected;
        EnrichmentsMade = enrichmentsMade;
        ErrorMessage = errorMessage;
        Timestamp = now;
    }

    /// <summary><c>ACTIVITY-&lt;yyyyMMddHHmmss&gt;-&lt;first uuid group, upper case&gt;</c>.</summary>
    public string ActivityId { get; private set; } = string.Empty;

    public CircuitActivityType ActivityType { get; private set; }
    public Guid CircuitId { get; private set; }
    public string CircuitName { get; private set; } = string.Empty;
    public string[] ItemDfids { get; private set; } = [];
    public string UserId { get; private set; } = string.Empty;
    public DateTimeOffset Timestamp { get; private set; }
    public CircuitActivityStatus Status { get; private set; }
    public int ItemsAffected { get; private set; }
    public int? EnrichmentsMade { get; private set; }
    public string? ErrorMessage { get; private set; }

    public static CircuitActivity Record(
        CircuitActivityType type, Circuit circuit, IEnumerable<string> itemDfids, string userId,
        CircuitActivityStatus status, int? enrichmentsMade, string? errorMessage, DateTimeOffset now)
    {
        var dfids = itemDfids.ToArray();
        return new CircuitActivity(
            type, circuit.Id, circuit.Name, dfids, userId, status, dfids.Length, enrichmentsMade, errorMessage, now);
    }
}
