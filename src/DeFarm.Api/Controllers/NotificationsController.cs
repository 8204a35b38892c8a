using DeFarm.Api.Notifications;
using DeFarm.Application.Circuits;
using DeFarm.Application.Notifications;
using DeFarm.Application.Notifications.Commands.DeleteNotification;
using DeFarm.Application.Notifications.Commands.MarkAllNotificationsRead;
using DeFarm.Application.Notifications.Commands.MarkNotificationRead;
using DeFarm.Application.Notifications.Queries.CountUnreadNotifications;
using DeFarm.Application.Notifications.Queries.ListNotifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>
/// The caller's notifications (engines-api.md §1.9, §4.10): list, unread count, mark read, delete, and live
/// delivery over a WebSocket whose JWT comes as <c>?token=</c>. Nobody sees or changes another user's.
/// </summary>
[ApiController]
[Route("api/notifications")]
public sealed class NotificationsController(ISender sender, NotificationSocket socket) : ControllerBase
{
    /// <summary>Newest first; <c>since</c> in Unix seconds, <c>limit</c> 1–1000 (default 50), <c>unread_only</c>.</summary>
    [HttpGet]
    public async Task<NotificationListResponse> List(
        [FromQuery] long? since,
        [FromQuery] int limit = ListNotificationsQuery.DefaultLimit,
        [FromQuery(Name = "unread_only")] bool unreadOnly = false,
        CancellationToken cancellationToken = default) =>
        await sender.Send(new ListNotificationsQuery { Since = since, Limit = limit, UnreadOnly = unreadOnly }, cancellationToken);

    [HttpGet("unread-count")]
    public async Task<NotificationCountResponse> CountUnread(CancellationToken cancellationToken) =>
        await sender.Send(new CountUnreadNotificationsQuery(), cancellationToken);

    [HttpPatch("{id}/read")]
    public async Task<SuccessData<NotificationResponse>> MarkRead(string id, CancellationToken cancellationToken) =>
        await sender.Send(new MarkNotificationReadCommand(id), cancellationToken);

    /// <summary>Marks every unread notification read; <c>count</c> says how many.</summary>
    [HttpPatch("mark-all-read")]
    public async Task<NotificationCountResponse> MarkAllRead(CancellationToken cancellationToken) =>
        await sender.Send(new MarkAllNotificationsReadCommand(), cancellationToken);

    [HttpDelete("{id}")]
    public async Task<SuccessResponse> Delete(string id, CancellationToken cancellationToken) =>
        await sender.Send(new DeleteNotificationCommand(id), cancellationToken);

    /// <summary>
    /// WebSocket: every notification of the caller committed from now on, as
    /// <c>{"type":"notification","notification":{…}}</c>. The JWT is the <c>token</c> query parameter (401 before
    /// the upgrade when missing or invalid).
    /// </summary>
    [HttpGet(NotificationSocket.RouteTemplate)]
    public Task Live() => socket.RunAsync(HttpContext);
}
