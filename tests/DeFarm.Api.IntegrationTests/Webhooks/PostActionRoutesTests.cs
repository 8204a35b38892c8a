using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Webhooks;

/// <summary>
/// The post-action routes of engines-api.md §4.5 on the shared host, which allows no internal webhook host:
/// settings, webhooks and their validation, credentials and signing secrets never answered, and the SSRF guard
/// at creation and update.
/// </summary>
public sealed class PostActionRoutesTests : WebhookTestBase
{
    [Test]
    public async Task ShouldAnswerNoSettingsUntilConfiguredAndThenWhatWasSet()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);

        var before = await (await GetAsync(owner, PostActionsPath(circuitId))).ShouldBeOkAsync();
        before.GetProperty("success").GetBoolean().ShouldBeTrue();
        before.GetProperty("data").ValueKind.ShouldBe(JsonValueKind.Null);

        var updated = await (await PutAsync(owner, PostActionsPath(circuitId), new
        {
            enabled = true,
            trigger_events = new[] { "item_tokenized", "ItemPushed", "item_exploded" },
            include_storage_details = false,
        })).ShouldBeOkAsync();

        updated.GetProperty("message").GetString().ShouldBe("Post-action settings updated");
        var settings = (await (await GetAsync(owner, PostActionsPath(circuitId))).ShouldBeOkAsync()).GetProperty("data");
        settings.GetRawText().ShouldBe(updated.GetProperty("data").GetRawText());
        settings.GetProperty("enabled").GetBoolean().ShouldBeTrue();
        Strings(settings.GetProperty("trigger_events")).ShouldBe(["ItemPushed", "ItemTokenized"]);
        settings.GetProperty("include_storage_details").GetBoolean().ShouldBeFalse();
        settings.GetProperty("include_item_metadata").GetBoolean().ShouldBeTrue();
        settings.GetProperty("webhooks").GetArrayLength().ShouldBe(0);

        var disabled = await (await PutAsync(owner, PostActionsPath(circuitId), new { enabled = false })).ShouldBeOkAsync();
        Strings(disabled.GetProperty("data").GetProperty("trigger_events")).ShouldBe(["ItemPushed", "ItemTokenized"]);
    }

    [Test]
    public async Task ShouldAnswerTheSigningSecretOnlyAtCreationAndNeverTheCredentials()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);
        using var client = ClientWithToken(owner.Token);

        var created = await CreateWebhookAsync(client, circuitId, new
        {
            name = "ERP",
            url = PublicUrl,
            method = "put",
            headers = new Dictionary<string, string> { ["X-Tenant"] = "acme" },
            auth_type = "bearer_token",
            auth_credentials = "tok-7f3a9c",
            retry_config = new { max_retries = 5 },
        });

        created.Response.GetProperty("message").GetString().ShouldBe("Webhook created successfully");
        created.SigningSecret.ShouldMatch("^[0-9a-f]{64}$");
        var webhook = created.Response.GetProperty("data");
        webhook.PropertyNames().ShouldBe(
            ["auth_type", "created_at", "enabled", "has_auth_credentials", "headers", "id", "method", "name", "retry_config", "updated_at", "url"]);
        (webhook.GetProperty("name").GetString(), webhook.GetProperty("url").GetString(), webhook.GetProperty("method").GetString())
            .ShouldBe(("ERP", PublicUrl, "Put"));
        (webhook.GetProperty("auth_type").GetString(), webhook.GetProperty("has_auth_credentials").GetBoolean(), webhook.GetProperty("enabled").GetBoolean())
            .ShouldBe(("BearerToken", true, true));
        webhook.GetProperty("headers").GetProperty("X-Tenant").GetString().ShouldBe("acme");
        var retry = webhook.GetProperty("retry_config");
        (retry.GetProperty("max_retries").GetInt32(), retry.GetProperty("initial_delay_ms").GetInt32(),
            retry.GetProperty("max_delay_ms").GetInt32(), retry.GetProperty("backoff_multiplier").GetDouble())
            .ShouldBe((5, 1000, 30_000, 2.0));
        webhook.GetProperty("created_at").GetInt64().ShouldBeAbout(DateTimeOffset.UtcNow);
        created.Response.GetRawText().ShouldNotContain("tok-7f3a9c");

        // The first webhook brings the default settings: off, item_pushed only.
        var settings = await (await GetAsync(owner, PostActionsPath(circuitId))).ShouldBeOkAsync();
        settings.GetProperty("data").GetProperty("enabled").GetBoolean().ShouldBeFalse();
        Strings(settings.GetProperty("data").GetProperty("trigger_events")).ShouldBe(["ItemPushed"]);
        var read = await (await GetAsync(owner, WebhookPath(circuitId, created.Id))).ShouldBeOkAsync();
        read.GetProperty("data").GetRawText().ShouldBe(webhook.GetRawText());
        foreach (var answer in new[] { settings, read })
        {
            answer.GetRawText().ShouldNotContain(created.SigningSecret);
            answer.GetRawText().ShouldNotContain("tok-7f3a9c");
            answer.GetRawText().ShouldNotContain("signing_secret");
            answer.GetRawText().ShouldNotContain("\"auth_credentials\"");
        }

        await WithDatabaseAsync(async db =>
        {
            var stored = (await db.Circuits.AsNoTracking().SingleAsync(c => c.Id == Guid.Parse(circuitId))).Webhooks.Single();
            (stored.SigningSecret, stored.AuthCredentials).ShouldBe((created.SigningSecret, "tok-7f3a9c"));
        });
    }

    [Test]
    public async Task ShouldChangeWhatAnUpdateGivesAndKeepTheRest()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);
        using var client = ClientWithToken(owner.Token);
        var created = await CreateWebhookAsync(client, circuitId, new
        {
            name = "ERP", url = PublicUrl, auth_type = "BasicAuth", auth_credentials = "erp:pa55",
            headers = new Dictionary<string, string> { ["X-Tenant"] = "acme" },
        });

        var updated = await (await PutAsync(owner, WebhookPath(circuitId, created.Id), new
        {
            name = "ERP (paused)", enabled = false, retry_config = new { max_retries = 0 },
        })).ShouldBeOkAsync();

        updated.GetProperty("message").GetString().ShouldBe("Webhook updated successfully");
        var webhook = updated.GetProperty("data");
        (webhook.GetProperty("name").GetString(), webhook.GetProperty("enabled").GetBoolean(), webhook.GetProperty("url").GetString())
            .ShouldBe(("ERP (paused)", false, PublicUrl));
        (webhook.GetProperty("auth_type").GetString(), webhook.GetProperty("has_auth_credentials").GetBoolean()).ShouldBe(("BasicAuth", true));
        webhook.GetProperty("headers").GetProperty("X-Tenant").GetString().ShouldBe("acme");
        (webhook.GetProperty("retry_config").GetProperty("max_retries").GetInt32(),
            webhook.GetProperty("retry_config").GetProperty("initial_delay_ms").GetInt32()).ShouldBe((0, 1000));

        var unauthenticated = await (await PutAsync(owner, WebhookPath(circuitId, created.Id), new { auth_type = "none" })).ShouldBeOkAsync();
        unauthenticated.GetProperty("data").GetProperty("has_auth_credentials").GetBoolean().ShouldBeFalse();
        await WithDatabaseAsync(async db =>
        {
            var stored = (await db.Circuits.AsNoTracking().SingleAsync(c => c.Id == Guid.Parse(circuitId))).Webhooks.Single();
            (stored.SigningSecret, stored.AuthCredentials).ShouldBe((created.SigningSecret, null));
        });
    }

    [Test]
    public async Task ShouldDeleteAWebhookAndAnswer404ForWhatDoesNotExist()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);

        await (await GetAsync(owner, WebhookPath(circuitId, Guid.NewGuid().ToString())))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "post_actions_not_configured", "Post-action settings not configured");

        using var client = ClientWithToken(owner.Token);
        var created = await CreateWebhookAsync(client, circuitId, new { name = "ERP", url = PublicUrl });
        var deleted = await (await DeleteAsync(owner, WebhookPath(circuitId, created.Id))).ShouldBeOkAsync();

        deleted.GetProperty("message").GetString().ShouldBe("Webhook deleted successfully");
        foreach (var webhookId in new[] { created.Id, Guid.NewGuid().ToString(), "not-a-uuid" })
        {
            await (await GetAsync(owner, WebhookPath(circuitId, webhookId)))
                .ShouldBeErrorAsync(HttpStatusCode.NotFound, "webhook_not_found", "Webhook not found");
            await (await DeleteAsync(owner, WebhookPath(circuitId, webhookId))).ShouldBeErrorAsync(HttpStatusCode.NotFound, "webhook_not_found");
        }

        await (await GetAsync(owner, $"{CircuitsPath}/not-a-uuid/post-actions")).ShouldBeErrorAsync(HttpStatusCode.BadRequest);
        await (await GetAsync(owner, $"{CircuitsPath}/{Guid.NewGuid()}/post-actions")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
    }

    private static IEnumerable<TestCaseData> InvalidWebhooks()
    {
        yield return Case("no name", new { url = PublicUrl });
        yield return Case("no url", new { name = "x" });
        yield return Case("ftp scheme", new { name = "x", url = "ftp://198.51.100.7/hook" });
        yield return Case("javascript scheme", new { name = "x", url = "javascript:alert(1)" });
        yield return Case("relative url", new { name = "x", url = "/hooks" });
        yield return Case("user info", new { name = "x", url = "http://admin:secret@198.51.100.7/hook" });
        yield return Case("unknown method", new { name = "x", url = PublicUrl, method = "DELETE" });
        yield return Case("unknown auth type", new { name = "x", url = PublicUrl, auth_type = "oauth" });
        yield return Case("auth without credentials", new { name = "x", url = PublicUrl, auth_type = "bearer_token" });
        yield return Case("credentials without auth", new { name = "x", url = PublicUrl, auth_credentials = "tok" });
        yield return Case("basic auth without colon", new { name = "x", url = PublicUrl, auth_type = "basic_auth", auth_credentials = "erp" });
        yield return Case("custom header forging the signature", new { name = "x", url = PublicUrl, auth_type = "custom_header", auth_credentials = "X-DeFarm-Signature: sha256=00" });
        yield return Case("reserved header", new { name = "x", url = PublicUrl, headers = new Dictionary<string, string> { ["Host"] = "intranet" } });
        yield return Case("signature header", new { name = "x", url = PublicUrl, headers = new Dictionary<string, string> { ["x-defarm-signature"] = "sha256=00" } });
        yield return Case("header with a line break", new { name = "x", url = PublicUrl, headers = new Dictionary<string, string> { ["X-A"] = "a\r\nHost: intranet" } });
        yield return Case("too many retries", new { name = "x", url = PublicUrl, retry_config = new { max_retries = 11 } });
        yield return Case("no delay", new { name = "x", url = PublicUrl, retry_config = new { initial_delay_ms = 0 } });
        yield return Case("shrinking backoff", new { name = "x", url = PublicUrl, retry_config = new { backoff_multiplier = 0.5 } });
        yield return Case("max delay below the initial one", new { name = "x", url = PublicUrl, retry_config = new { initial_delay_ms = 5000, max_delay_ms = 1000 } });

        static TestCaseData Case(string name, object body) => new TestCaseData(body).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(InvalidWebhooks))]
    public async Task ShouldRejectAnInvalidWebhookAndStoreNothing(object body)
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);

        await (await PostAsync(owner, $"{PostActionsPath(circuitId)}/webhooks", body)).ShouldBeErrorAsync(HttpStatusCode.BadRequest);

        await WithDatabaseAsync(async db =>
            (await db.Circuits.AsNoTracking().SingleAsync(c => c.Id == Guid.Parse(circuitId))).Webhooks.ShouldBeEmpty());
    }

    [TestCase("http://127.0.0.1/hook", TestName = "Loopback")]
    [TestCase("http://127.8.9.10:8080/hook", TestName = "Loopback range")]
    [TestCase("http://localhost:5000/hook", TestName = "A name resolving to loopback")]
    [TestCase("http://2130706433/hook", TestName = "Loopback as a decimal number")]
    [TestCase("http://10.1.2.3/hook", TestName = "Private 10/8")]
    [TestCase("http://172.16.0.1/hook", TestName = "Private 172.16/12, first")]
    [TestCase("https://172.31.255.254/hook", TestName = "Private 172.16/12, last")]
    [TestCase("http://192.168.1.20/hook", TestName = "Private 192.168/16")]
    [TestCase("http://169.254.169.254/latest/meta-data", TestName = "Link-local (cloud metadata)")]
    [TestCase("http://100.64.0.1/hook", TestName = "Carrier-grade NAT")]
    [TestCase("http://0.0.0.0/hook", TestName = "Unspecified")]
    [TestCase("http://224.0.0.1/hook", TestName = "Multicast")]
    [TestCase("http://[::1]/hook", TestName = "IPv6 loopback")]
    [TestCase("http://[::ffff:127.0.0.1]/hook", TestName = "IPv4-mapped loopback")]
    [TestCase("http://[::ffff:10.0.0.1]/hook", TestName = "IPv4-mapped private")]
    [TestCase("http://[fe80::1]/hook", TestName = "IPv6 link-local")]
    [TestCase("http://[fd12:3456::1]/hook", TestName = "IPv6 unique local")]
    [TestCase("http://[64:ff9b::a9fe:a9fe]/hook", TestName = "NAT64 of the metadata address")]
    [TestCase("http://no-such-host.invalid/hook", TestName = "A name that does not resolve")]
    public async Task ShouldRejectWebhookUrlsReachingInternalAddresses(string url)
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);
        using var client = ClientWithToken(owner.Token);
        var existing = await CreateWebhookAsync(client, circuitId, new { name = "public", url = PublicUrl });

        await (await PostAsync(owner, $"{PostActionsPath(circuitId)}/webhooks", new { name = "inside", url }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "webhook_url_not_allowed");
        await (await PutAsync(owner, WebhookPath(circuitId, existing.Id), new { url }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "webhook_url_not_allowed");

        var webhook = (await (await GetAsync(owner, WebhookPath(circuitId, existing.Id))).ShouldBeOkAsync()).GetProperty("data");
        webhook.GetProperty("url").GetString().ShouldBe(PublicUrl);
        await WithDatabaseAsync(async db =>
            (await db.Circuits.AsNoTracking().SingleAsync(c => c.Id == Guid.Parse(circuitId))).Webhooks.ShouldHaveSingleItem());
    }
}
