using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Notifications;

namespace DeFarm.Application.Notifications;

/// <summary>The caller's own notifications: a notification route never sees another user's.</summary>
internal static class NotificationOwner
{
    public static string CallerId(ICurrentUser currentUser) => currentUser.UserId ?? throw AuthErrors.NotAuthenticated();

    /// <summary>The caller's notification, tracked; 404 when it does not exist, is not theirs, or the id is no UUID.</summary>
    public static async Task<Notification> LoadAsync(
        INotificationRepository notifications, ICurrentUser currentUser, string notificationId,
        CancellationToken cancellationToken) =>
        (Guid.TryParse(notificationId, out var id)
            ? await notifications.GetForUserAsync(id, CallerId(currentUser), cancellationToken)
            : null)
        ?? throw NotificationErrors.NotFound();
}
