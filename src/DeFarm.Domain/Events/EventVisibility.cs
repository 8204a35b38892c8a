namespace DeFarm.Domain.Events;

/// <summary>Who may read an event (decision 20).</summary>
public enum EventVisibility
{
    /// <summary>Every signed-in user.</summary>
    Public,

    /// <summary>Only the source; the event is flagged <c>is_encrypted</c> (a flag only, nothing is encrypted).</summary>
    Private,

    /// <summary>The source and the members of the circuit named by <c>metadata.circuit_id</c>.</summary>
    CircuitOnly,

    /// <summary>The source and the user named by <c>metadata.recipient_id</c>.</summary>
    Direct,
}
