using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Circuits;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Notifications;

/// <summary>
/// The notification routes of engines-api.md §4.10: the caller's own notifications only (someone else's are 404),
/// filtered by <c>since</c>, <c>unread_only</c> and <c>limit</c>; unread count; mark read; mark all read; delete.
/// </summary>
public sealed class NotificationRoutesTests : CircuitsTestBase
{
    private const string NotificationsPath = "/api/notifications";
    private static readonly DateTimeOffset Start = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public async Task ShouldListTheCallersNotificationsNewestFirstWithTheirFilters()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var oldest = await ArrangeAsync(alice, Start, read: true);
        var middle = await ArrangeAsync(alice, Start.AddMinutes(1));
        var newest = await ArrangeAsync(alice, Start.AddMinutes(2));
        await ArrangeAsync(bob, Start.AddMinutes(3));

        var all = await ListAsync(alice, string.Empty);
        all.GetProperty("success").GetBoolean().ShouldBeTrue();
        all.GetProperty("count").GetInt32().ShouldBe(3);
        IdsOf(all).ShouldBe([newest.Id, middle.Id, oldest.Id]);

        var shown = all.GetProperty("data")[2];
        shown.PropertyNames().ShouldBe(["data", "id", "message", "notification_type", "read", "read_at", "timestamp", "title", "user_id"]);
        (Text(shown, "user_id"), Text(shown, "notification_type"), Text(shown, "title"), Text(shown, "message"))
            .ShouldBe((alice.UserId, "JoinRequestReceived", "New join request", "someone asked"));
        (shown.GetProperty("read").GetBoolean(), shown.GetProperty("timestamp").GetInt64()).ShouldBe((true, Start.ToUnixTimeSeconds()));
        shown.GetProperty("read_at").GetInt64().ShouldBe(Start.ToUnixTimeSeconds());
        Text(shown.GetProperty("data"), "circuit_id").ShouldBe("c-1");

        IdsOf(await ListAsync(alice, $"?since={Start.AddMinutes(1).ToUnixTimeSeconds()}")).ShouldBe([newest.Id, middle.Id]);
        IdsOf(await ListAsync(alice, "?unread_only=true")).ShouldBe([newest.Id, middle.Id]);
        IdsOf(await ListAsync(alice, "?limit=1")).ShouldBe([newest.Id]);
        IdsOf(await ListAsync(alice, $"?since={Start.AddMinutes(2).ToUnixTimeSeconds()}&unread_only=true&limit=5")).ShouldBe([newest.Id]);

        await (await GetAsync(alice, $"{NotificationsPath}?limit=0")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await GetAsync(alice, $"{NotificationsPath}?limit=1001")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await GetAsync(alice, $"{NotificationsPath}?since=-1")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldCountAndMarkReadOnlyTheCallersNotifications()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var first = await ArrangeAsync(alice, Start);
        await ArrangeAsync(alice, Start.AddMinutes(1));
        await ArrangeAsync(alice, Start.AddMinutes(2), read: true);
        var bobs = await ArrangeAsync(bob, Start);

        (await CountUnreadAsync(alice)).ShouldBe(2);

        var marked = await (await PatchAsync(alice, $"{NotificationsPath}/{first.Id}/read", new { })).ShouldBeOkAsync();
        var data = marked.GetProperty("data");
        (Text(data, "id"), data.GetProperty("read").GetBoolean()).ShouldBe((first.Id.ToString(), true));
        data.GetProperty("read_at").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow);
        (await CountUnreadAsync(alice)).ShouldBe(1);

        await (await PatchAsync(alice, $"{NotificationsPath}/{bobs.Id}/read", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "notification_not_found", "Notification not found");
        await (await PatchAsync(alice, $"{NotificationsPath}/not-a-uuid/read", new { })).ShouldBeErrorAsync(HttpStatusCode.NotFound, "notification_not_found");

        var all = await (await PatchAsync(alice, $"{NotificationsPath}/mark-all-read", new { })).ShouldBeOkAsync();
        all.GetProperty("count").GetInt32().ShouldBe(1);
        (await CountUnreadAsync(alice)).ShouldBe(0);
        (await CountUnreadAsync(bob)).ShouldBe(1);
        (await NotificationsOfAsync(bob.UserId)).ShouldHaveSingleItem().IsRead.ShouldBeFalse();
        (await (await PatchAsync(alice, $"{NotificationsPath}/mark-all-read", new { })).ShouldBeOkAsync())
            .GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task ShouldDeleteOnlyTheCallersNotification()
    {
        var alice = await RegisterAsync();
        var bob = await RegisterAsync();
        var hers = await ArrangeAsync(alice, Start);
        var his = await ArrangeAsync(bob, Start);

        await (await DeleteAsync(alice, $"{NotificationsPath}/{his.Id}"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "notification_not_found");
        var deleted = await (await DeleteAsync(alice, $"{NotificationsPath}/{hers.Id}")).ShouldBeOkAsync();

        Text(deleted, "message").ShouldBe("Notification deleted");
        (await NotificationsOfAsync(alice.UserId)).ShouldBeEmpty();
        (await NotificationsOfAsync(bob.UserId)).ShouldHaveSingleItem().Id.ShouldBe(his.Id);
        await (await DeleteAsync(alice, $"{NotificationsPath}/{hers.Id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task ShouldListTheNotificationsCircuitsWrite()
    {
        var owner = await RegisterAsync();
        var requester = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner, isPublic: true);

        await (await PostAsync(requester, $"{CircuitsPath}/{circuitId}/requests", new { message = "let me in" })).ShouldBeOkAsync();

        var listed = (await ListAsync(owner, string.Empty)).GetProperty("data").EnumerateArray().ShouldHaveSingleItem();
        Text(listed, "notification_type").ShouldBe("JoinRequestReceived");
        (Text(listed.GetProperty("data"), "circuit_id"), Text(listed.GetProperty("data"), "requester_id"))
            .ShouldBe((circuitId, requester.UserId));
        (await ListAsync(requester, string.Empty)).GetProperty("count").GetInt32().ShouldBe(0);
    }

    private static async Task<JsonElement> ListAsync(RegisteredUser user, string query) =>
        await (await GetAsync(user, NotificationsPath + query)).ShouldBeOkAsync();

    private static async Task<int> CountUnreadAsync(RegisteredUser user) =>
        (await (await GetAsync(user, $"{NotificationsPath}/unread-count")).ShouldBeOkAsync()).GetProperty("count").GetInt32();

    private static List<Guid> IdsOf(JsonElement list) =>
        list.GetProperty("data").EnumerateArray().Select(n => Guid.Parse(Text(n, "id"))).ToList();

    private static string Text(JsonElement element, string property) => element.GetProperty(property).GetString()!;

    private static async Task<Notification> ArrangeAsync(RegisteredUser user, DateTimeOffset at, bool read = false)
    {
        var notification = Notification.Create(
            user.UserId, NotificationType.JoinRequestReceived, "New join request", "someone asked",
            new JsonObject { ["circuit_id"] = "c-1" }, at);
        if (read)
        {
            notification.MarkRead(at);
        }

        await WithDatabaseAsync(async db =>
        {
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
        });
        return notification;
    }
}
