using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Application.Webhooks;
using DeFarm.Application.Webhooks.Commands.DeliverNextWebhook;
using DeFarm.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Webhooks;

/// <summary>
/// The outbox on the shared host, which runs no delivery workers: deliveries are written in the push's own
/// transaction, and worker steps are taken by hand to see what a delivery does when its webhook changed or its
/// address turned internal.
/// </summary>
public sealed class WebhookOutboxTests : WebhookTestBase
{
    [Test]
    public async Task ShouldWriteThePushAndItsDeliveriesInOneTransaction()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        await EnablePostActionsAsync(owner, circuitId, "item_pushed");
        using var client = ClientWithToken(owner.Token);
        await CreateWebhookAsync(client, circuitId, new { name = "one", url = PublicUrl });
        await CreateWebhookAsync(client, circuitId, new { name = "two", url = PublicUrl + "/2" });
        var dfid = await CreateItemAsync(owner, null, ("tag", "atomic"));

        // A database that refuses the second delivery row: the push must leave nothing behind either.
        await WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION refuse_second_delivery() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF (SELECT count(*) FROM webhook_deliveries) >= 1 THEN RAISE EXCEPTION 'outbox refused'; END IF;
              RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_second_delivery BEFORE INSERT ON webhook_deliveries
              FOR EACH ROW EXECUTE FUNCTION refuse_second_delivery();
            """));
        try
        {
            await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{dfid}", new { }))
                .ShouldBeErrorAsync(HttpStatusCode.InternalServerError);
            (await CountPipelineRowsAsync()).ShouldBe(new PipelineRows(1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            (await DeliveriesAsync()).ShouldBeEmpty();
        }
        finally
        {
            await WithDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(
                "DROP TRIGGER refuse_second_delivery ON webhook_deliveries; DROP FUNCTION refuse_second_delivery();"));
        }

        var pushed = await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{dfid}", new { })).ShouldBeOkAsync();

        (await CountPipelineRowsAsync()).ShouldBe(new PipelineRows(1, 0, 0, 0, 1, 1, 1, 1, 0, 0));
        var deliveries = await DeliveriesAsync();
        deliveries.Count.ShouldBe(2);
        deliveries.ShouldAllBe(d => d.IsPending && d.AttemptCount == 0 && d.OperationId == Guid.Parse(Text(pushed, "operation_id")));
    }

    [Test]
    public async Task ShouldWriteNothingWhilePostActionsAreOffOrIgnoreTheTrigger()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        using var client = ClientWithToken(owner.Token);
        await CreateWebhookAsync(client, circuitId, new { name = "one", url = PublicUrl });

        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{await CreateItemAsync(owner, null, ("tag", "off"))}", new { }))
            .ShouldBeOkAsync();
        await EnablePostActionsAsync(owner, circuitId, "item_tokenized");
        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{await CreateItemAsync(owner, null, ("tag", "other"))}", new { }))
            .ShouldBeOkAsync();

        (await DeliveriesAsync()).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldCancelADeliveryWhoseWebhookWasDisabledOrRemoved()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        await EnablePostActionsAsync(owner, circuitId, "item_pushed");
        using var client = ClientWithToken(owner.Token);
        var disabled = await CreateWebhookAsync(client, circuitId, new { name = "disabled later", url = PublicUrl });
        var removed = await CreateWebhookAsync(client, circuitId, new { name = "removed later", url = PublicUrl + "/2" });
        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{await CreateItemAsync(owner, null, ("tag", "x"))}", new { }))
            .ShouldBeOkAsync();
        await (await PutAsync(owner, WebhookPath(circuitId, disabled.Id), new { enabled = false })).ShouldBeOkAsync();
        await (await DeleteAsync(owner, WebhookPath(circuitId, removed.Id))).ShouldBeOkAsync();

        var first = await SendAsync<WebhookDeliveryResponse?>(new DeliverNextWebhookCommand());
        var second = await SendAsync<WebhookDeliveryResponse?>(new DeliverNextWebhookCommand());

        (await SendAsync<WebhookDeliveryResponse?>(new DeliverNextWebhookCommand())).ShouldBeNull();
        new[] { first!, second! }.Select(d => (d.Status, d.AttemptCount, d.LastError)).ShouldBe(
            [(WebhookDeliveryStatus.Cancelled, 0, "The webhook is disabled"), (WebhookDeliveryStatus.Cancelled, 0, "The webhook was removed")],
            ignoreOrder: true);
    }

    [Test]
    public async Task ShouldRefuseAtDeliveryTimeAnAddressThatTurnedInternal()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        await EnablePostActionsAsync(owner, circuitId, "item_pushed");
        using var client = ClientWithToken(owner.Token);
        var webhook = await CreateWebhookAsync(client, circuitId, new
        {
            name = "rebound", url = PublicUrl, retry_config = new { max_retries = 1, initial_delay_ms = 10 },
        });
        // What DNS rebinding achieves: the name checked at creation now leads inside (here: onto loopback).
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE circuit_webhooks SET url = {receiver.UrlOf("inside")} WHERE webhook_id = {Guid.Parse(webhook.Id)}"));
        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{await CreateItemAsync(owner, null, ("tag", "x"))}", new { }))
            .ShouldBeOkAsync();

        var attempt = (await SendAsync<WebhookDeliveryResponse?>(new DeliverNextWebhookCommand())).ShouldNotBeNull();

        (attempt.Status, attempt.AttemptCount, attempt.LastStatusCode).ShouldBe((WebhookDeliveryStatus.Pending, 1, (int?)null));
        attempt.LastError.ShouldStartWith("Refused to connect: host '127.0.0.1' resolves to 127.0.0.1");
        receiver.Received.ShouldBeEmpty();

        var tested = await (await client.PostAsync($"{WebhookPath(circuitId, webhook.Id)}/test", null)).ShouldBeOkAsync();
        tested.GetProperty("success").GetBoolean().ShouldBeFalse();
        Text(tested, "message").ShouldStartWith("Webhook test failed: Refused to connect");
        receiver.Received.ShouldBeEmpty();
    }
}
