using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Webhooks;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>The webhook outbox on both providers: deliveries with their attempts, and the claims of delivery workers.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class WebhookDeliveryRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private static readonly WebhookRetryPolicy Retries = new(3, 1000, 30_000, 2.0);

    [Test]
    public async Task ShouldReadBackADeliveryWithEveryAttempt()
    {
        var circuit = await StoreCircuitAsync();
        var delivery = WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "item_pushed", Guid.NewGuid(), """{"a":1}""", Now);
        await StoreAsync(r => r.Get<IWebhookDeliveryRepository>().Add(delivery));

        await using (var attempt = BeginRequest())
        {
            var tracked = (await attempt.Get<IWebhookDeliveryRepository>().GetByIdAsync(delivery.Id, None)).ShouldNotBeNull();
            tracked.RecordAttempt(new WebhookAttemptOutcome(500, TimeSpan.FromMilliseconds(12), null), Retries, Now.AddSeconds(1));
            tracked.RecordAttempt(new WebhookAttemptOutcome(null, TimeSpan.FromMilliseconds(30), "Connection failed: ConnectionRefused"), Retries, Now.AddSeconds(3));
            tracked.RecordAttempt(new WebhookAttemptOutcome(204, TimeSpan.FromMilliseconds(8), null), Retries, Now.AddSeconds(7));
            await attempt.CommitAsync();
        }

        await using var read = BeginRequest();
        var loaded = (await read.Get<IWebhookDeliveryRepository>().GetByIdAsync(delivery.Id, None)).ShouldNotBeNull();
        (loaded.CircuitId, loaded.WebhookId, loaded.EventType, loaded.OperationId, loaded.Payload, loaded.CreatedAt)
            .ShouldBe((circuit.Id, delivery.WebhookId, "item_pushed", delivery.OperationId, """{"a":1}""", Now));
        (loaded.Status, loaded.AttemptCount, loaded.LastStatusCode, loaded.LastError, loaded.DeliveredAt, loaded.NextAttemptAt)
            .ShouldBe((WebhookDeliveryStatus.Delivered, 3, (int?)204, (string?)null, (DateTimeOffset?)Now.AddSeconds(7), (DateTimeOffset?)null));
        loaded.Attempts.OrderBy(a => a.Number).Select(a => (a.Number, a.AttemptedAt, a.StatusCode, a.DurationMs, a.Error, a.Succeeded)).ShouldBe(
        [
            (1, Now.AddSeconds(1), (int?)500, 12L, "Receiver answered HTTP 500", false),
            (2, Now.AddSeconds(3), null, 30L, "Connection failed: ConnectionRefused", false),
            (3, Now.AddSeconds(7), 204, 8L, null, true),
        ]);
    }

    [Test]
    public async Task ShouldListACircuitsDeliveriesNewestFirst()
    {
        var circuit = await StoreCircuitAsync();
        var other = await StoreCircuitAsync();
        var older = WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "item_pushed", null, "{}", Now);
        var newer = WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "webhook_test", null, "{}", Now.AddMinutes(1));
        await StoreAsync(r =>
        {
            var deliveries = r.Get<IWebhookDeliveryRepository>();
            deliveries.Add(older);
            deliveries.Add(newer);
            deliveries.Add(WebhookDelivery.Enqueue(other.Id, Guid.NewGuid(), "item_pushed", null, "{}", Now.AddMinutes(2)));
        });

        await using var read = BeginRequest();
        var repository = read.Get<IWebhookDeliveryRepository>();
        (await repository.ListForCircuitAsync(circuit.Id, 10, None)).Select(d => d.Id).ShouldBe([newer.Id, older.Id]);
        (await repository.ListForCircuitAsync(circuit.Id, 1, None)).ShouldHaveSingleItem().Id.ShouldBe(newer.Id);
        (await repository.ListForCircuitAsync(Guid.NewGuid(), 10, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldClaimDueDeliveriesOldestFirstAndEachOnlyOnceWhileClaimed()
    {
        var circuit = await StoreCircuitAsync();
        var dueFirst = WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "item_pushed", null, "{}", Now.AddMinutes(-2));
        var dueSecond = WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "item_pushed", null, "{}", Now.AddMinutes(-1));
        var notYetDue = WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "item_pushed", null, "{}", Now.AddMinutes(5));
        var delivered = WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "item_pushed", null, "{}", Now.AddMinutes(-3));
        delivered.RecordAttempt(new WebhookAttemptOutcome(200, TimeSpan.Zero, null), Retries, Now.AddMinutes(-3));
        await StoreAsync(r =>
        {
            foreach (var delivery in new[] { dueFirst, dueSecond, notYetDue, delivered })
            {
                r.Get<IWebhookDeliveryRepository>().Add(delivery);
            }
        });
        var leaseUntil = Now.AddMinutes(1);

        var claims = new List<Guid?>();
        for (var i = 0; i < 3; i++)
        {
            await using var worker = BeginRequest();
            claims.Add(await worker.Get<IWebhookDeliveryRepository>().ClaimNextDueAsync(Now, leaseUntil, None));
        }

        claims.ShouldBe([dueFirst.Id, dueSecond.Id, null]);
        await using var read = BeginRequest();
        var claimed = (await read.Get<IWebhookDeliveryRepository>().GetByIdAsync(dueFirst.Id, None))!;
        (claimed.Status, claimed.NextAttemptAt).ShouldBe((WebhookDeliveryStatus.Pending, (DateTimeOffset?)leaseUntil));
        // Once the claim lapses, the delivery is due again: a worker that died half-way does not lose it.
        (await read.Get<IWebhookDeliveryRepository>().ClaimNextDueAsync(leaseUntil, leaseUntil.AddMinutes(1), None)).ShouldBe(dueFirst.Id);
    }

    [Test]
    public async Task ShouldGiveTwentyConcurrentClaimsEachDeliveryOnce()
    {
        var circuit = await StoreCircuitAsync();
        var deliveries = Enumerable.Range(0, 10)
            .Select(i => WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "item_pushed", null, "{}", Now.AddSeconds(-i)))
            .ToList();
        await StoreAsync(r => deliveries.ForEach(r.Get<IWebhookDeliveryRepository>().Add));

        var claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            await using var worker = BeginRequest();
            return await worker.Get<IWebhookDeliveryRepository>().ClaimNextDueAsync(Now, Now.AddMinutes(1), None);
        }));

        claims.OfType<Guid>().Order().ShouldBe(deliveries.Select(d => d.Id).Order());
        claims.Count(c => c is null).ShouldBe(10);
    }

    [Test]
    public async Task ShouldMakeACopyLoadedBeforeAClaimStale()
    {
        var circuit = await StoreCircuitAsync();
        var delivery = WebhookDelivery.Enqueue(circuit.Id, Guid.NewGuid(), "item_pushed", null, "{}", Now);
        await StoreAsync(r => r.Get<IWebhookDeliveryRepository>().Add(delivery));
        await using var slow = BeginRequest();
        var stale = (await slow.Get<IWebhookDeliveryRepository>().GetByIdAsync(delivery.Id, None))!;

        await using (var worker = BeginRequest())
        {
            (await worker.Get<IWebhookDeliveryRepository>().ClaimNextDueAsync(Now, Now.AddMinutes(1), None)).ShouldBe(delivery.Id);
        }

        stale.Cancel("too late");
        await Should.ThrowAsync<ConcurrentUpdateException>(slow.CommitAsync);
    }

    private async Task<Circuit> StoreCircuitAsync()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        await StoreAsync(r => r.Get<ICircuitRepository>().Add(circuit));
        return circuit;
    }

    private async Task StoreAsync(Action<RequestScope> stage)
    {
        await using var request = BeginRequest();
        stage(request);
        await request.CommitAsync();
    }
}
