using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Webhooks;

namespace DeFarm.Api.IntegrationTests.Webhooks;

/// <summary>The outbox survives the API: a host that stops between two attempts leaves the delivery to the next one.</summary>
public sealed class WebhookRestartTests : WebhookTestBase
{
    [Test]
    public async Task ShouldLoseNothingWhenTheApiRestartsBetweenAttempts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        await EnablePostActionsAsync(owner, circuitId, "item_pushed");
        // The receiver is down for as long as the first host runs.
        receiver.AnswerNext(Enumerable.Repeat(503, 100).ToArray());
        WebhookDelivery beforeRestart;
        await using (var first = new DeFarmApiFactory(TestDatabase.ConnectionString, DeliveryHostSettings))
        {
            using var client = await SignInOnAsync(first, owner);
            await CreateWebhookAsync(client, circuitId, new
            {
                name = "flaky", url = receiver.UrlOf("hook"),
                retry_config = new { max_retries = 10, initial_delay_ms = 300, max_delay_ms = 300 },
            });
            await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{await CreateItemAsync(owner, null, ("tag", "restart"))}", new { }))
                .ShouldBeOkAsync();

            await Eventually.HoldsAsync(async () => (await DeliveriesAsync()).SingleOrDefault()?.AttemptCount >= 1, what: "a failed attempt");
        }

        beforeRestart = (await DeliveriesAsync()).ShouldHaveSingleItem();
        beforeRestart.Status.ShouldBe(WebhookDeliveryStatus.Pending);
        receiver.Reset();

        await using var second = new DeFarmApiFactory(TestDatabase.ConnectionString, DeliveryHostSettings);
        second.CreateClient().Dispose();
        var delivered = (await WaitUntilSettledAsync(1)).ShouldHaveSingleItem();

        delivered.Id.ShouldBe(beforeRestart.Id);
        delivered.Status.ShouldBe(WebhookDeliveryStatus.Delivered);
        delivered.AttemptCount.ShouldBe(beforeRestart.AttemptCount + 1);
        delivered.Attempts.Take(beforeRestart.AttemptCount).ShouldAllBe(a => !a.Succeeded && a.StatusCode == 503);
        var request = receiver.Received.ShouldHaveSingleItem();
        (request.AnsweredStatus, request.Headers["X-DeFarm-Delivery"]).ShouldBe((200, beforeRestart.Id.ToString()));
    }
}
