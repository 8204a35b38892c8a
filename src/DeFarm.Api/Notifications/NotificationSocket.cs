using System.Net.WebSockets;
using System.Text.Json;
using DeFarm.Api.Errors;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Notifications;
using Microsoft.Extensions.Options;

namespace DeFarm.Api.Notifications;

/// <summary>
/// One live notification connection: subscribes for the signed-in caller, accepts the WebSocket and forwards each
/// notification as a text message until either side closes. Messages from the client are read and ignored.
/// </summary>
public sealed class NotificationSocket(
    INotificationFeed feed,
    ICurrentUser currentUser,
    ErrorResponseWriter errors,
    IOptions<Microsoft.AspNetCore.Mvc.JsonOptions> jsonOptions)
{
    public const string RouteTemplate = "ws";
    public const string Path = "/api/notifications/" + RouteTemplate;

    /// <summary>Browsers cannot set headers on a WebSocket handshake, so this route takes its JWT from here.</summary>
    public const string TokenQueryParameter = "token";

    public async Task RunAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            await errors.WriteAsync(
                context, StatusCodes.Status400BadRequest, "websocket_required", "This route needs a WebSocket upgrade");
            return;
        }

        // Subscribed before the upgrade, so nothing committed after the handshake is missed.
        using var subscription = feed.Subscribe(currentUser.UserId!);
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
        var receiving = ReceiveUntilClosedAsync(socket, stop.Token);
        var forwarding = ForwardAsync(socket, subscription, stop.Token);
        await Task.WhenAny(receiving, forwarding);
        await stop.CancelAsync();
        await EndedAsync(receiving);
        await EndedAsync(forwarding);
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await EndedAsync(socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None));
        }
    }

    /// <summary>Waits for a part of the connection that stops when the client closes or goes away.</summary>
    private static async Task EndedAsync(Task part)
    {
        try
        {
            await part;
        }
        catch (Exception ended) when (ended is OperationCanceledException or WebSocketException)
        {
            // The client closed or went away; nothing is left to do.
        }
    }

    private async Task ForwardAsync(WebSocket socket, INotificationSubscription subscription, CancellationToken cancellationToken)
    {
        await foreach (var notification in subscription.Notifications.ReadAllAsync(cancellationToken))
        {
            var message = JsonSerializer.SerializeToUtf8Bytes(
                new NotificationMessage("notification", notification), jsonOptions.Value.JsonSerializerOptions);
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[1024];
        while (!cancellationToken.IsCancellationRequested)
        {
            var received = await socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
        }
    }

    private sealed record NotificationMessage(string Type, NotificationResponse Notification);
}
