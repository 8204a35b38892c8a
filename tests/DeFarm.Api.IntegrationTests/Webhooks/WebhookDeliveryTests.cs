using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Application.Webhooks.Commands.DeliverNextWebhook;
using DeFarm.Domain.Webhooks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Webhooks;

/// <summary>
/// Deliveries end to end: pushes on the shared host write the outbox, a host running delivery workers (and
/// allowed to call loopback) sends it to a receiver on loopback, which checks method, headers, signature and
/// payload, and scripts failures to see the retries.
/// </summary>
public sealed class WebhookDeliveryTests : WebhookTestBase
{
    private WebhookReceiver _receiver = null!;
    private DeFarmApiFactory _deliveryHost = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _receiver = await WebhookReceiver.StartAsync();
        _deliveryHost = new DeFarmApiFactory(TestDatabase.ConnectionString, DeliveryHostSettings);
        _deliveryHost.CreateClient().Dispose();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _deliveryHost.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [SetUp]
    public void ForgetEarlierRequests() => _receiver.Reset();

    [Test]
    public async Task ShouldSendATokenizedPushWithTheWebhooksMethodHeadersAuthenticationAndSignature()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner, adapter: "ipfs-ipfs");
        await EnablePostActionsAsync(owner, circuitId, "item_pushed", "item_tokenized");
        using var client = await SignInOnAsync(_deliveryHost, owner);
        var webhook = await CreateWebhookAsync(client, circuitId, new
        {
            name = "ERP",
            url = _receiver.UrlOf("hooks/defarm?source=circuit"),
            method = "PATCH",
            headers = new Dictionary<string, string> { ["X-Tenant"] = "acme", ["Authorization"] = "overridden" },
            auth_type = "BearerToken",
            auth_credentials = "tok-7f3a9c",
        });
        var lid = await CreateLocalItemAsync(owner, null, Sisbov("123456789012"), Lot("L-7"));

        var pushed = await PushLocalOkAsync(owner, circuitId, lid);

        var request = (await _receiver.WaitForAsync(1)).ShouldHaveSingleItem();
        var delivery = (await WaitUntilSettledAsync(1)).ShouldHaveSingleItem();
        (request.Method, request.PathAndQuery).ShouldBe(("PATCH", "/hooks/defarm?source=circuit"));
        request.Headers["Content-Type"].ShouldBe("application/json; charset=utf-8");
        request.Headers["Authorization"].ShouldBe("Bearer tok-7f3a9c");
        request.Headers["X-Tenant"].ShouldBe("acme");
        request.Headers["X-DeFarm-Event"].ShouldBe("item_tokenized");
        request.Headers["X-DeFarm-Delivery"].ShouldBe(delivery.Id.ToString());
        long.Parse(request.Headers["X-DeFarm-Timestamp"], CultureInfo.InvariantCulture).ShouldBeAbout(DateTimeOffset.UtcNow);
        request.Headers["X-DeFarm-Signature"].ShouldBe(Signature(webhook.SigningSecret, request.Body));
        Encoding.UTF8.GetString(request.Body).ShouldBe(delivery.Payload);

        var body = BodyOf(request);
        body.PropertyNames().ShouldBe(["circuit_id", "circuit_name", "event_type", "item", "operation_id", "status", "storage", "timestamp"]);
        (Text(body, "event_type"), Text(body, "circuit_id"), Text(body, "status")).ShouldBe(("item_tokenized", circuitId, "completed"));
        Text(body, "operation_id").ShouldBe(Text(pushed, "operation_id"));
        DateTimeOffset.Parse(Text(body, "timestamp"), CultureInfo.InvariantCulture).ShouldBeInRange(
            DateTimeOffset.UtcNow - AuthAssertions.Tolerance, DateTimeOffset.UtcNow);
        var item = body.GetProperty("item");
        (Text(item, "dfid"), Text(item, "local_id"), Text(item, "pushed_by")).ShouldBe((Text(pushed, "dfid"), lid, owner.UserId));
        item.GetProperty("identifiers").EnumerateArray().Select(i => (Text(i, "key"), Text(i, "value")))
            .ShouldBe([("sisbov", "BR123456789012"), ("lote", "L-7")], ignoreOrder: true);
        var storage = body.GetProperty("storage");
        (Text(storage, "adapter_type"), Text(storage, "hash")).ShouldBe(("IpfsIpfs", Text(storage, "cid")));
        Text(storage, "location").ShouldBe($"Local {{ id: \"{Text(storage, "cid")}\" }}");

        (delivery.Status, delivery.EventType, delivery.AttemptCount, delivery.LastStatusCode, delivery.NextAttemptAt)
            .ShouldBe((WebhookDeliveryStatus.Delivered, "item_tokenized", 1, (int?)200, (DateTimeOffset?)null));
        delivery.DeliveredAt.ShouldNotBeNull();
    }

    [Test]
    public async Task ShouldRetryAFailingReceiverWithBackoffAndNeverSendAgainAfterTheSuccess()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        await EnablePostActionsAsync(owner, circuitId, "item_pushed");
        using var client = await SignInOnAsync(_deliveryHost, owner);
        var webhook = await CreateWebhookAsync(client, circuitId, FastRetryingWebhook(_receiver));
        _receiver.AnswerNext(500, 503);
        var dfid = await CreateItemAsync(owner, null, ("tag", "retry"));

        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{dfid}", new { })).ShouldBeOkAsync();

        var delivery = (await WaitUntilSettledAsync(1)).ShouldHaveSingleItem();
        var requests = _receiver.Received;
        requests.Select(r => r.AnsweredStatus).ShouldBe([500, 503, 200]);
        requests.Select(r => r.Headers["X-DeFarm-Delivery"]).Distinct().ShouldHaveSingleItem().ShouldBe(delivery.Id.ToString());
        requests.Select(r => Convert.ToHexString(r.Body)).Distinct().ShouldHaveSingleItem();
        requests.ShouldAllBe(r => r.Headers["X-DeFarm-Signature"] == Signature(webhook.SigningSecret, r.Body));

        (delivery.Status, delivery.AttemptCount, delivery.LastStatusCode, delivery.LastError)
            .ShouldBe((WebhookDeliveryStatus.Delivered, 3, (int?)200, (string?)null));
        delivery.Attempts.Select(a => (a.Number, a.StatusCode, a.Succeeded)).ShouldBe(
            [(1, (int?)500, false), (2, 503, false), (3, 200, true)]);
        delivery.Attempts[0].Error.ShouldBe("Receiver answered HTTP 500");
        // Exponential backoff: 100 ms after the first failure, 200 ms after the second.
        (delivery.Attempts[1].AttemptedAt - delivery.Attempts[0].AttemptedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(100));
        (delivery.Attempts[2].AttemptedAt - delivery.Attempts[1].AttemptedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(200));

        // Nothing is due any more: a worker step finds nothing, and the receiver heard of it exactly three times.
        (await StepDeliveryAsync(_deliveryHost)).ShouldBeNull();
        _receiver.Received.Count.ShouldBe(3);

        var listed = await (await GetAsync(owner, $"{PostActionsPath(circuitId)}/deliveries")).ShouldBeOkAsync();
        listed.GetProperty("count").GetInt32().ShouldBe(1);
        var shown = listed.GetProperty("data")[0];
        (Text(shown, "id"), Text(shown, "status"), shown.GetProperty("attempt_count").GetInt32(), Text(shown, "webhook_id"))
            .ShouldBe((delivery.Id.ToString(), "Delivered", 3, webhook.Id));
        shown.GetProperty("attempts").EnumerateArray().Select(a => a.GetProperty("status_code").GetInt32()).ShouldBe([500, 503, 200]);
        Text(shown.GetProperty("payload"), "event_type").ShouldBe("item_pushed");
    }

    [Test]
    public async Task ShouldGiveUpWhenTheRetriesAreSpent()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        await EnablePostActionsAsync(owner, circuitId, "item_pushed");
        using var client = await SignInOnAsync(_deliveryHost, owner);
        await CreateWebhookAsync(client, circuitId, FastRetryingWebhook(_receiver, maxRetries: 2));
        _receiver.AnswerNext(500, 500, 500, 500);
        var dfid = await CreateItemAsync(owner, null, ("tag", "doomed"));

        await (await PostAsync(owner, $"{CircuitsPath}/{circuitId}/push/{dfid}", new { })).ShouldBeOkAsync();

        var delivery = (await WaitUntilSettledAsync(1)).ShouldHaveSingleItem();
        (delivery.Status, delivery.AttemptCount, delivery.NextAttemptAt, delivery.DeliveredAt)
            .ShouldBe((WebhookDeliveryStatus.Failed, 3, (DateTimeOffset?)null, (DateTimeOffset?)null));
        _receiver.Received.Count.ShouldBe(3);
    }

    [Test]
    public async Task ShouldTellEveryWebhookOfAnApprovedPushOnlyWhenItIsApproved()
    {
        var owner = await RegisterAsync();
        var member = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner, requireApproval: true, autoPublish: true);
        await AddMemberAsync(owner, circuitId, member, "member");
        await EnablePostActionsAsync(owner, circuitId, "item_pushed", "item_approved", "item_published");
        using var client = await SignInOnAsync(_deliveryHost, owner);
        await CreateWebhookAsync(client, circuitId, FastRetryingWebhook(_receiver, path: "first"));
        await CreateWebhookAsync(client, circuitId, FastRetryingWebhook(_receiver, path: "second"));
        await CreateWebhookAsync(client, circuitId, new { name = "off", url = _receiver.UrlOf("disabled"), enabled = false });
        var dfid = await CreateItemAsync(member, null, ("tag", "approval"));
        var pending = await (await PostAsync(member, $"{CircuitsPath}/{circuitId}/push/{dfid}", new { })).ShouldBeOkAsync();
        var rejectedDfid = await CreateItemAsync(member, null, ("tag", "rejected"));
        var rejected = await (await PostAsync(member, $"{CircuitsPath}/{circuitId}/push/{rejectedDfid}", new { })).ShouldBeOkAsync();
        await (await PostAsync(owner, $"{CircuitsPath}/operations/{Text(rejected, "operation_id")}/reject", new { })).ShouldBeOkAsync();

        (await DeliveriesAsync()).ShouldBeEmpty();

        await (await PostAsync(owner, $"{CircuitsPath}/operations/{Text(pending, "operation_id")}/approve", new { })).ShouldBeOkAsync();

        var deliveries = await WaitUntilSettledAsync(6);
        deliveries.Count.ShouldBe(6);
        deliveries.ShouldAllBe(d => d.Status == WebhookDeliveryStatus.Delivered && d.OperationId == Guid.Parse(Text(pending, "operation_id")));
        deliveries.GroupBy(d => d.EventType).ToDictionary(g => g.Key, g => g.Count())
            .ShouldBe(new Dictionary<string, int> { ["item_pushed"] = 2, ["item_approved"] = 2, ["item_published"] = 2 }, ignoreOrder: true);
        var requests = _receiver.Received;
        requests.Select(r => r.PathAndQuery).Order().ShouldBe(["/first", "/first", "/first", "/second", "/second", "/second"]);
        requests.ShouldAllBe(r => Text(BodyOf(r).GetProperty("item"), "dfid") == dfid && Text(BodyOf(r).GetProperty("item"), "pushed_by") == member.UserId);
    }

    [Test]
    public async Task ShouldSendATestPayloadAtOnceAndRecordIt()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(owner);
        using var client = await SignInOnAsync(_deliveryHost, owner);
        var webhook = await CreateWebhookAsync(client, circuitId, new { name = "ERP", url = _receiver.UrlOf("test-me"), enabled = false });

        var tested = await (await client.PostAsync($"{WebhookPath(circuitId, webhook.Id)}/test", null)).ShouldBeOkAsync();

        var request = _receiver.Received.ShouldHaveSingleItem();
        (tested.GetProperty("success").GetBoolean(), Text(tested, "message")).ShouldBe((true, "Webhook test delivered"));
        (Text(tested.GetProperty("webhook"), "id"), Text(tested.GetProperty("webhook"), "url")).ShouldBe((webhook.Id, _receiver.UrlOf("test-me")));
        var delivery = tested.GetProperty("delivery");
        (Text(delivery, "status"), Text(delivery, "event_type"), delivery.GetProperty("attempt_count").GetInt32())
            .ShouldBe(("Delivered", "webhook_test", 1));
        request.Headers["X-DeFarm-Delivery"].ShouldBe(Text(delivery, "id"));
        request.Headers["X-DeFarm-Signature"].ShouldBe(Signature(webhook.SigningSecret, request.Body));
        var body = BodyOf(request);
        (Text(body, "event_type"), Text(body, "circuit_id"), Text(body, "webhook_id")).ShouldBe(("webhook_test", circuitId, webhook.Id));
        (await DeliveriesAsync()).ShouldHaveSingleItem().Status.ShouldBe(WebhookDeliveryStatus.Delivered);

        _receiver.AnswerNext(502);
        var failed = await (await client.PostAsync($"{WebhookPath(circuitId, webhook.Id)}/test", null)).ShouldBeOkAsync();
        (failed.GetProperty("success").GetBoolean(), Text(failed, "message")).ShouldBe((false, "Webhook test failed: Receiver answered HTTP 502"));
        Text(failed.GetProperty("delivery"), "status").ShouldBe("Failed");
        _receiver.Received.Count.ShouldBe(2);
    }

    /// <summary>One step of a delivery worker, run by hand on <paramref name="host"/>.</summary>
    private static async Task<object?> StepDeliveryAsync(DeFarmApiFactory host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DeliverNextWebhookCommand());
    }
}
