using System.Text.Json.Nodes;

namespace DeFarm.Domain.Notifications;

/// <summary>The kinds of notification of engines-api.md §1.9, by their wire names.</summary>
public enum NotificationType
{
    JoinRequestReceived,
    JoinRequestApproved,
    JoinRequestRejected,
    CircuitInvite,
    ItemShared,
    MemberAdded,
    MemberRemoved,
    RoleChanged,
    CircuitUpdated,
    AccountUpdated,
    CreditsAdjusted,
    AccountFrozen,
    AccountUnfrozen,
    AdaptersUpdated,
    CircuitAdapterConfigUpdated,
    CircuitItemPendingApproval,
    CircuitItemApproved,
    CircuitItemRejected,
}

/// <summary>Something a user should learn about, kept until they read it (decision 21: persisted).</summary>
public sealed class Notification
{
    private Notification()
    {
    }

    private Notification(
        string userId, NotificationType type, string title, string message, JsonObject data, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        Type = type;
        Title = title;
        Message = message;
        Data = data;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; } = string.Empty;
    public NotificationType Type { get; private set; }
    public string Title { get; private set; } = string.Empty;
    public string Message { get; private set; } = string.Empty;
    public JsonObject Data { get; private set; } = [];
    public bool IsRead { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification Create(
        string userId, NotificationType type, string title, string message, JsonObject? data, DateTimeOffset now) =>
        new(userId, type, title, message, data is null ? [] : (JsonObject)data.DeepClone(), now);

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTimeOffset now)
    {
        if (!IsRead)
        {
            IsRead = true;
            ReadAt = now;
        }
    }
}
