using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Notifications.Queries.ListNotifications;

/// <summary>
/// The caller's notifications, newest first: those created at or after <c>since</c> (Unix seconds), only unread
/// ones with <c>unread_only</c>, at most <c>limit</c> (1–1000, default 50).
/// </summary>
public sealed record ListNotificationsQuery : IQuery<NotificationListResponse>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public long? Since { get; init; }
    public int Limit { get; init; } = DefaultLimit;
    public bool UnreadOnly { get; init; }
}

internal sealed class ListNotificationsQueryHandler(ICurrentUser currentUser, INotificationRepository notifications)
    : IQueryHandler<ListNotificationsQuery, NotificationListResponse>
{
    public async ValueTask<NotificationListResponse> Handle(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        var since = query.Since is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        var page = await notifications.ListForUserAsync(
            NotificationOwner.CallerId(currentUser), since, query.UnreadOnly, query.Limit, cancellationToken);
        return new NotificationListResponse(true, page.Select(NotificationResponse.From).ToList(), page.Count);
    }
}
