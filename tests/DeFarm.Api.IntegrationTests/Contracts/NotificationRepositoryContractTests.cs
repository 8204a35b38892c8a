using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Notifications;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class NotificationRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldListAUsersNotificationsNewestFirstBySinceAndUnread()
    {
        var alice = await StoreUserAsync("alice");
        var bob = await StoreUserAsync("bob");
        var oldest = Notification.Create(alice.Id, NotificationType.JoinRequestReceived, "t1", "m1", new JsonObject { ["circuit_id"] = "c" }, Now);
        var middle = Notification.Create(alice.Id, NotificationType.CircuitAdapterConfigUpdated, "t2", "m2", null, Now.AddMinutes(1));
        var newest = Notification.Create(alice.Id, NotificationType.JoinRequestApproved, "t3", "m3", null, Now.AddMinutes(2));
        middle.MarkRead(Now.AddMinutes(5));
        await StoreAsync(r =>
        {
            var notifications = r.Get<INotificationRepository>();
            notifications.Add(oldest);
            notifications.Add(middle);
            notifications.Add(newest);
            notifications.Add(Notification.Create(bob.Id, NotificationType.JoinRequestApproved, "t", "m", null, Now.AddMinutes(3)));
        });

        await using var read = BeginRequest();
        var repository = read.Get<INotificationRepository>();
        var all = await repository.ListForUserAsync(alice.Id, null, false, 10, None);
        all.Select(n => n.Id).ShouldBe([newest.Id, middle.Id, oldest.Id]);
        var first = all[2];
        (first.Type, first.Title, first.Message, first.IsRead, first.CreatedAt, first.ReadAt)
            .ShouldBe((NotificationType.JoinRequestReceived, "t1", "m1", false, Now, (DateTimeOffset?)null));
        first.Data["circuit_id"]!.GetValue<string>().ShouldBe("c");
        (all[1].IsRead, all[1].ReadAt).ShouldBe((true, Now.AddMinutes(5)));
        (await repository.ListForUserAsync(alice.Id, Now.AddMinutes(1), false, 10, None)).Select(n => n.Id).ShouldBe([newest.Id, middle.Id]);
        (await repository.ListForUserAsync(alice.Id, null, true, 10, None)).Select(n => n.Id).ShouldBe([newest.Id, oldest.Id]);
        (await repository.ListForUserAsync(alice.Id, Now.AddMinutes(1), true, 1, None)).ShouldHaveSingleItem().Id.ShouldBe(newest.Id);
        (await repository.CountUnreadAsync(alice.Id, None)).ShouldBe(2);
        (await repository.CountUnreadAsync("nobody", None)).ShouldBe(0);
    }

    [Test]
    public async Task ShouldChangeAndRemoveOnlyTheOwnersNotifications()
    {
        var alice = await StoreUserAsync("alice");
        var bob = await StoreUserAsync("bob");
        var hers = Notification.Create(alice.Id, NotificationType.JoinRequestReceived, "t", "m", null, Now);
        var other = Notification.Create(alice.Id, NotificationType.JoinRequestReceived, "t", "m", null, Now.AddMinutes(1));
        var his = Notification.Create(bob.Id, NotificationType.JoinRequestReceived, "t", "m", null, Now);
        await StoreAsync(r =>
        {
            r.Get<INotificationRepository>().Add(hers);
            r.Get<INotificationRepository>().Add(other);
            r.Get<INotificationRepository>().Add(his);
        });

        await using (var change = BeginRequest())
        {
            var notifications = change.Get<INotificationRepository>();
            (await notifications.GetForUserAsync(his.Id, alice.Id, None)).ShouldBeNull();
            (await notifications.GetForUserAsync(hers.Id, alice.Id, None)).ShouldNotBeNull().MarkRead(Now.AddMinutes(2));
            notifications.Remove((await notifications.GetForUserAsync(other.Id, alice.Id, None))!);
            await change.CommitAsync();
        }

        await using (var markAll = BeginRequest())
        {
            var unread = await markAll.Get<INotificationRepository>().ListUnreadForChangeAsync(bob.Id, None);
            unread.ShouldHaveSingleItem().MarkRead(Now.AddMinutes(3));
            await markAll.CommitAsync();
        }

        await using var read = BeginRequest();
        var repository = read.Get<INotificationRepository>();
        var remaining = (await repository.ListForUserAsync(alice.Id, null, false, 10, None)).ShouldHaveSingleItem();
        (remaining.Id, remaining.IsRead, remaining.ReadAt).ShouldBe((hers.Id, true, Now.AddMinutes(2)));
        (await repository.ListForUserAsync(bob.Id, null, false, 10, None)).ShouldHaveSingleItem().ReadAt.ShouldBe(Now.AddMinutes(3));
        (await repository.ListUnreadForChangeAsync(bob.Id, None)).ShouldBeEmpty();
    }

    private async Task StoreAsync(Action<RequestScope> stage)
    {
        await using var request = BeginRequest();
        stage(request);
        await request.CommitAsync();
    }
}
