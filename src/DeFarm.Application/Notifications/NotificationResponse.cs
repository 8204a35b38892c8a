using System.Text.Json.Nodes;
using DeFarm.Application.Common;
using DeFarm.Domain.Notifications;

namespace DeFarm.Application.Notifications;

/// <summary>A notification as the routes and the WebSocket show it (engines-api.md §1.9); times in Unix seconds.</summary>
public sealed record NotificationResponse(
    Guid Id,
    string UserId,
    NotificationType NotificationType,
    string Title,
    string Message,
    bool Read,
    long Timestamp,
    long? ReadAt,
    JsonObject Data)
{
    public static NotificationResponse From(Notification notification) => new(
        notification.Id,
        notification.UserId,
        notification.Type,
        notification.Title,
        notification.Message,
        notification.IsRead,
        UnixTime.Seconds(notification.CreatedAt),
        notification.ReadAt is { } readAt ? UnixTime.Seconds(readAt) : null,
        (JsonObject)notification.Data.DeepClone());
}

/// <summary><c>{"success": true, "data": [...], "count": n}</c>.</summary>
public sealed record NotificationListResponse(bool Success, IReadOnlyList<NotificationResponse> Data, int Count);

/// <summary><c>{"success": true, "count": n}</c>: how many notifications are unread, or were just marked read.</summary>
public sealed record NotificationCountResponse(bool Success, int Count);
