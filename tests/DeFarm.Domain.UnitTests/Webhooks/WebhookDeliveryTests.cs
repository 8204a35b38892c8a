using DeFarm.Domain.Circuits;
using DeFarm.Domain.Webhooks;

namespace DeFarm.Domain.UnitTests.Webhooks;

/// <summary>A delivery's life: attempts recorded, retries spaced by the policy, settled for good once delivered or given up.</summary>
public sealed class WebhookDeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly WebhookRetryPolicy Policy = new(3, 1000, 3000, 2.0);

    [Test]
    public void ShouldScheduleRetriesWithExponentialBackoffCappedAtTheMaxDelay()
    {
        var delivery = NewDelivery();

        delivery.RecordAttempt(Failure(500), Policy, Now);
        delivery.NextAttemptAt.ShouldBe(Now.AddSeconds(1));
        delivery.RecordAttempt(Failure(502), Policy, Now.AddSeconds(1));
        delivery.NextAttemptAt.ShouldBe(Now.AddSeconds(3));
        delivery.RecordAttempt(new WebhookAttemptOutcome(null, TimeSpan.FromSeconds(5), "No answer within 5 s"), Policy, Now.AddSeconds(3));
        delivery.NextAttemptAt.ShouldBe(Now.AddSeconds(6));

        (delivery.Status, delivery.AttemptCount, delivery.LastStatusCode, delivery.LastError)
            .ShouldBe((WebhookDeliveryStatus.Pending, 3, (int?)null, "No answer within 5 s"));
    }

    [Test]
    public void ShouldFailOnceTheRetriesAreSpent()
    {
        var delivery = NewDelivery();
        foreach (var at in Enumerable.Range(0, 4))
        {
            delivery.RecordAttempt(Failure(503), Policy, Now.AddSeconds(at));
        }

        (delivery.Status, delivery.AttemptCount, delivery.NextAttemptAt).ShouldBe((WebhookDeliveryStatus.Failed, 4, (DateTimeOffset?)null));
        delivery.Attempts.Select(a => a.Number).ShouldBe([1, 2, 3, 4]);
        Should.Throw<InvalidOperationException>(() => delivery.RecordAttempt(Success(), Policy, Now));
    }

    [Test]
    public void ShouldSettleForGoodOnASuccess()
    {
        var delivery = NewDelivery();
        delivery.RecordAttempt(Failure(500), Policy, Now);

        delivery.RecordAttempt(Success(), Policy, Now.AddSeconds(1));

        (delivery.Status, delivery.DeliveredAt, delivery.NextAttemptAt, delivery.LastError, delivery.LastStatusCode)
            .ShouldBe((WebhookDeliveryStatus.Delivered, (DateTimeOffset?)Now.AddSeconds(1), (DateTimeOffset?)null, (string?)null, (int?)204));
        delivery.Attempts.Select(a => (a.Succeeded, a.Error)).ShouldBe([(false, "Receiver answered HTTP 500"), (true, null)]);
        Should.Throw<InvalidOperationException>(() => delivery.Claim(Now.AddMinutes(1)));
        Should.Throw<InvalidOperationException>(() => delivery.Cancel("late"));
    }

    [Test]
    public void ShouldCountOnlyA2xxAnswerWithoutErrorAsDelivered()
    {
        new WebhookAttemptOutcome(200, TimeSpan.Zero, null).Succeeded.ShouldBeTrue();
        new WebhookAttemptOutcome(299, TimeSpan.Zero, null).Succeeded.ShouldBeTrue();
        new WebhookAttemptOutcome(301, TimeSpan.Zero, null).Succeeded.ShouldBeFalse();
        new WebhookAttemptOutcome(null, TimeSpan.Zero, "refused").Succeeded.ShouldBeFalse();
    }

    [Test]
    public void ShouldCancelWithoutAnAttemptAndKeepLongErrorsShort()
    {
        var cancelled = NewDelivery();
        cancelled.Cancel("The webhook was removed");
        (cancelled.Status, cancelled.AttemptCount, cancelled.LastError, cancelled.NextAttemptAt)
            .ShouldBe((WebhookDeliveryStatus.Cancelled, 0, "The webhook was removed", (DateTimeOffset?)null));

        var noisy = NewDelivery();
        noisy.RecordAttempt(new WebhookAttemptOutcome(null, TimeSpan.Zero, new string('x', 5000)), Policy, Now);
        noisy.LastError!.Length.ShouldBe(WebhookDelivery.MaxErrorLength);
        noisy.Attempts.Single().Error!.Length.ShouldBe(WebhookDelivery.MaxErrorLength);
    }

    private static WebhookDelivery NewDelivery() =>
        WebhookDelivery.Enqueue(Guid.NewGuid(), Guid.NewGuid(), "item_pushed", Guid.NewGuid(), "{}", Now);

    private static WebhookAttemptOutcome Failure(int status) => new(status, TimeSpan.FromMilliseconds(10), null);

    private static WebhookAttemptOutcome Success() => new(204, TimeSpan.FromMilliseconds(10), null);
}
