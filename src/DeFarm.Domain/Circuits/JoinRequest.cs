namespace DeFarm.Domain.Circuits;

/// <summary>A user's request to join a circuit; decided once (approved or rejected), then kept as history.</summary>
public sealed class JoinRequest
{
    private JoinRequest()
    {
    }

    internal JoinRequest(string requesterId, string? message, DateTimeOffset requestedAt)
    {
        Id = Guid.NewGuid();
        RequesterId = requesterId;
        Message = message;
        RequestedAt = requestedAt;
        Status = JoinRequestStatus.Pending;
    }

    public Guid Id { get; private set; }
    public string RequesterId { get; private set; } = string.Empty;
    public DateTimeOffset RequestedAt { get; private set; }
    public string? Message { get; private set; }
    public JoinRequestStatus Status { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedBy { get; private set; }

    public bool IsPending => Status == JoinRequestStatus.Pending;

    internal void Decide(JoinRequestStatus outcome, string decidedBy, DateTimeOffset now)
    {
        Status = outcome;
        DecidedBy = decidedBy;
        DecidedAt = now;
    }
}
