using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Circuits;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Notifications;

/// <summary>
/// Live notifications over <c>/api/notifications/ws?token=&lt;JWT&gt;</c>: the token is checked before the
/// upgrade like a bearer token, and a connected user receives what is committed for them, and only that.
/// </summary>
public sealed class NotificationSocketTests : CircuitsTestBase
{
    private const string SocketPath = "/api/notifications/ws";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Test]
    public async Task ShouldPushTheNotificationOfAJoinRequestToTheConnectedOwner()
    {
        var owner = await RegisterAsync();
        var requester = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner, isPublic: true);
        using var ownerSocket = await ConnectAsync(owner.Token);
        using var requesterSocket = await ConnectAsync(requester.Token);

        // A refused request (the owner is already a member) notifies nobody.
        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/requests", new { })).ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        await (await PostAsync(requester, $"{CircuitsPath}/{circuitId}/requests", new { message = "let me in" })).ShouldBeOkAsync();

        var message = await ReceiveAsync(ownerSocket);
        Text(message, "type").ShouldBe("notification");
        var notification = message.GetProperty("notification");
        (Text(notification, "user_id"), Text(notification, "notification_type"), notification.GetProperty("read").GetBoolean())
            .ShouldBe((owner.UserId, "JoinRequestReceived", false));
        (Text(notification.GetProperty("data"), "circuit_id"), Text(notification.GetProperty("data"), "requester_id"))
            .ShouldBe((circuitId, requester.UserId));
        var stored = (await NotificationsOfAsync(owner.UserId)).ShouldHaveSingleItem();
        Text(notification, "id").ShouldBe(stored.Id.ToString());

        // The requester's own socket heard nothing of it: the next message it gets is its own approval.
        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/requests/{requester.UserId}/approve", new { role = "viewer" }))
            .ShouldBeOkAsync();
        var approval = (await ReceiveAsync(requesterSocket)).GetProperty("notification");
        (Text(approval, "user_id"), Text(approval, "notification_type")).ShouldBe((requester.UserId, "JoinRequestApproved"));

        await ownerSocket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Test]
    public async Task ShouldRefuseAMissingOrInvalidTokenBeforeTheUpgrade()
    {
        var user = await RegisterAsync();
        using var anonymous = Api.CreateClient();

        await (await anonymous.GetAsync(SocketPath)).ShouldBeUnauthenticatedAsync();
        await (await anonymous.GetAsync($"{SocketPath}?token=not.a.jwt")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "invalid_token");
        var forged = AuthAssertions.WithPayload(user.Token, new
        {
            user_id = "someone-else",
            workspace_id = user.WorkspaceId,
            exp = AuthAssertions.JwtPayload(user.Token).GetProperty("exp").GetInt64(),
        });
        await (await anonymous.GetAsync($"{SocketPath}?token={forged}")).ShouldBeInvalidTokenAsync("invalid signature");
        var refused = await Should.ThrowAsync<InvalidOperationException>(() => ConnectAsync("not.a.jwt"));
        refused.Message.ShouldContain("401");

        await (await anonymous.GetAsync($"{SocketPath}?token={user.Token}"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "websocket_required");
    }

    private static async Task<WebSocket> ConnectAsync(string token)
    {
        var client = Api.Server.CreateWebSocketClient();
        using var timeout = new CancellationTokenSource(Patience);
        return await client.ConnectAsync(new Uri(Api.Server.BaseAddress, $"{SocketPath}?token={Uri.EscapeDataString(token)}"), timeout.Token);
    }

    private static async Task<JsonElement> ReceiveAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult received;
        do
        {
            received = await socket.ReceiveAsync(buffer, timeout.Token);
            message.Write(buffer, 0, received.Count);
        }
        while (!received.EndOfMessage);

        received.MessageType.ShouldBe(WebSocketMessageType.Text);
        return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
    }

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
