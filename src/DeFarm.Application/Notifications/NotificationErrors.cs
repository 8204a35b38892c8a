using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.Notifications;

public static class NotificationErrors
{
    /// <summary>Also what a caller gets for someone else's notification: its existence does not leak.</summary>
    public static NotFoundException NotFound() => new("notification_not_found", "Notification not found");
}
