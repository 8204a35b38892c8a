namespace DeFarm.Domain.Circuits;

/// <summary>An item held by a circuit (engines-api.md §1.4 CircuitItem), written when a push completes.</summary>
public sealed class CircuitItem
{
    /// <summary>What every circuit item grants its circuit's members.</summary>
    public static readonly IReadOnlyList<string> DefaultPermissions = ["read", "verify"];

    private CircuitItem()
    {
    }

    private CircuitItem(Guid circuitId, string dfid, string pushedBy, DateTimeOffset pushedAt)
    {
        CircuitId = circuitId;
        Dfid = dfid;
        PushedBy = pushedBy;
        PushedAt = pushedAt;
        Permissions = [.. DefaultPermissions];
    }

    public Guid CircuitId { get; private set; }
    public string Dfid { get; private set; } = string.Empty;
    public string PushedBy { get; private set; } = string.Empty;
    public DateTimeOffset PushedAt { get; private set; }
    public string[] Permissions { get; private set; } = [];

    public static CircuitItem Add(Guid circuitId, string dfid, string pushedBy, DateTimeOffset now) =>
        new(circuitId, dfid, pushedBy, now);
}
