using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.ApiKeys;

/// <summary>
/// Partner API keys (spa-contract §2.7 K1–K4; ADR-019): shown once, stored hashed, authenticating as their owner
/// within their circuit, counted per request, refused once revoked or expired.
/// </summary>
public sealed class PartnerApiKeyTests : GatewayRecordsTestBase
{
    private const string KeysPath = GatewayApi + "/partner/api-keys";

    [Test]
    public async Task ShouldShowTheKeyOnceAndKeepOnlyItsHash()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);

        var created = await ShouldBeJsonAsync(
            await CallAsync(owner, HttpMethod.Post, KeysPath, new { key_name = "ERP", circuit_id = circuitId, description = "Nightly sync", expires_in_days = 30 }),
            HttpStatusCode.Created);

        var secret = Text(created, "api_key");
        secret.ShouldMatch("^dfm_[A-Za-z0-9]{32}$");
        var key = created.GetProperty("key");
        Text(key, "api_key").ShouldBe(secret);
        (Text(key, "key_name"), Text(key, "description"), Text(key, "circuit_id")).ShouldBe(("ERP", "Nightly sync", circuitId));
        key.GetProperty("is_active").GetBoolean().ShouldBeTrue();
        Text(created, "message").ShouldNotBeNullOrWhiteSpace();
        ShouldBeGatewayDate(key.GetProperty("expires_at"));

        var listed = await GetAsGatewayAsync(owner, KeysPath);
        var text = await listed.Content.ReadAsStringAsync();
        text.ShouldNotContain(secret);
        var row = (await ShouldBeOkJsonAsync(listed)).EnumerateArray().ShouldHaveSingleItem();
        (Text(row, "id"), Text(row, "key_name"), Text(row, "circuit_id")).ShouldBe((Text(key, "id"), "ERP", circuitId));
        (row.GetProperty("rate_limit_per_minute").GetInt32(), row.GetProperty("rate_limit_per_day").GetInt32()).ShouldBe((60, 10_000));
        row.GetProperty("last_used_at").ValueKind.ShouldBe(JsonValueKind.Null);
        ShouldBeGatewayDate(row.GetProperty("created_at"));
        await WithDatabaseAsync(async db =>
        {
            var stored = await db.ApiKeys.SingleAsync();
            (stored.KeyHash, stored.KeyPrefix).ShouldBe((Blake3Hash.Hex(secret), secret[..8]));
            var rowText = await db.Database.SqlQueryRaw<string>("SELECT row_to_json(k)::text AS \"Value\" FROM api_keys k").SingleAsync();
            rowText.ShouldNotContain(secret);
        });
    }

    [Test]
    public async Task ShouldAuthenticateAsTheOwnerAndCountEveryRequestAndError()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);
        var (keyId, secret) = await CreateKeyAsync(owner, circuitId);

        using var partner = PartnerClient(secret);
        (await partner.GetAsync($"/api/circuits/{circuitId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var audit = await ShouldBeOkJsonAsync(await partner.GetAsync(GatewayApi + "/audit"));
        ShouldBeWrappedList(audit, "logs").Select(l => Text(l, "user_id")).ShouldContain(owner.UserId);
        using (var bearer = Api.CreateClient())
        {
            bearer.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            (await bearer.GetAsync($"/api/circuits/{circuitId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await partner.GetAsync("/api/items/DFID-20260101-000001-ABC")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var metrics = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, $"{KeysPath}/{keyId}/metrics"));
        (metrics.GetProperty("requests_total").GetInt64(), metrics.GetProperty("requests_last_24h").GetInt64(),
                metrics.GetProperty("errors_last_24h").GetInt64())
            .ShouldBe((4, 4, 1));
        ShouldBeGatewayDate(metrics.GetProperty("last_used_at"));
        var row = (await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, KeysPath))).EnumerateArray().Single();
        ShouldBeGatewayDate(row.GetProperty("last_used_at"));
    }

    [Test]
    public async Task ShouldLimitAKeyToItsCircuitAndKeepKeyManagementToSignedInSessions()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);
        var otherCircuitId = await CreateCircuitIdAsync(owner);
        var (_, secret) = await CreateKeyAsync(owner, circuitId);
        using var partner = PartnerClient(secret);

        await (await partner.GetAsync($"/api/circuits/{otherCircuitId}")).ShouldBeErrorAsync(HttpStatusCode.Forbidden, "api_key_circuit_mismatch");
        await (await partner.GetAsync(KeysPath)).ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        await (await partner.GetAsync(GatewayApi + "/admin/users")).ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Test]
    public async Task ShouldRefuseARevokedExpiredOrUnknownKey()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);
        var (revokedId, revoked) = await CreateKeyAsync(owner, circuitId);
        var (expiredId, expired) = await CreateKeyAsync(owner, circuitId);

        var revoke = await CallAsync(owner, HttpMethod.Delete, $"{KeysPath}/{revokedId}");
        revoke.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE api_keys SET expires_at = now() - interval '1 minute' WHERE id = {Guid.Parse(expiredId)}"));

        using (var partner = PartnerClient(revoked))
        {
            await (await partner.GetAsync(GatewayApi + "/audit")).ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "api_key_inactive");
            await (await partner.GetAsync($"/api/circuits/{circuitId}")).ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "api_key_inactive");
        }

        using (var partner = PartnerClient(expired))
        {
            await (await partner.GetAsync(GatewayApi + "/audit")).ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "api_key_expired");
        }

        using (var partner = PartnerClient("dfm_" + new string('x', 32)))
        {
            await (await partner.GetAsync(GatewayApi + "/audit")).ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "invalid_api_key");
        }

        var listed = (await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, KeysPath))).EnumerateArray()
            .ToDictionary(k => Text(k, "id"), k => k.GetProperty("is_active").GetBoolean());
        listed[revokedId].ShouldBeFalse();
        listed[expiredId].ShouldBeTrue();
        var logs = ShouldBeWrappedList(await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, GatewayApi + "/audit")), "logs");
        logs.Where(l => Text(l, "resource_type") == "api_key").Select(l => (Text(l, "action"), Text(l, "resource_id")))
            .ShouldBe([("revoke", revokedId), ("create", expiredId), ("create", revokedId)]);
    }

    [Test]
    public async Task ShouldRefuseRequestsOverTheKeysRateLimitAndCountThem()
    {
        var owner = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);
        var (keyId, secret) = await CreateKeyAsync(owner, circuitId);
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE api_keys SET rate_limit_per_minute = 2 WHERE id = {Guid.Parse(keyId)}"));
        using var partner = PartnerClient(secret);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await partner.GetAsync($"/api/circuits/{circuitId}"));
        }

        // A minute boundary between the calls restarts the window; the refusal then comes one call later at most.
        var refused = answers.FirstOrDefault(a => a.StatusCode == HttpStatusCode.TooManyRequests)
            ?? await partner.GetAsync($"/api/circuits/{circuitId}");
        await refused.ShouldBeErrorAsync(HttpStatusCode.TooManyRequests, "rate_limit_error");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var metrics = await ShouldBeOkJsonAsync(await GetAsGatewayAsync(owner, $"{KeysPath}/{keyId}/metrics"));
        metrics.GetProperty("errors_last_24h").GetInt64().ShouldBeGreaterThanOrEqualTo(1);
    }

    [Test]
    public async Task ShouldLetOnlyOwnersAndPermissionManagersCreateKeysForACircuit()
    {
        var owner = await RegisterAsync();
        var member = await RegisterAsync();
        var stranger = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(owner);
        await AddMemberAsync(owner, circuitId, member, "member");

        await (await CallAsync(member, HttpMethod.Post, KeysPath, new { key_name = "k", circuit_id = circuitId }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await (await CallAsync(stranger, HttpMethod.Post, KeysPath, new { key_name = "k", circuit_id = circuitId }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await CallAsync(owner, HttpMethod.Post, KeysPath, new { circuit_id = circuitId }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await CallAsync(owner, HttpMethod.Post, KeysPath, new { key_name = "k", circuit_id = circuitId, expires_in_days = 0 }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await WithDatabaseAsync(async db => (await db.ApiKeys.CountAsync()).ShouldBe(0));
    }

    [Test]
    public async Task ShouldHideAnotherUsersKeyBehind404()
    {
        var owner = await RegisterAsync();
        var stranger = await RegisterAsync();
        var (keyId, secret) = await CreateKeyAsync(owner, await CreateCircuitIdAsync(owner));

        await (await CallAsync(stranger, HttpMethod.Delete, $"{KeysPath}/{keyId}")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "api_key_not_found");
        await (await GetAsGatewayAsync(stranger, $"{KeysPath}/{keyId}/metrics")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "api_key_not_found");
        await (await GetAsGatewayAsync(owner, $"{KeysPath}/not-a-key/metrics")).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "api_key_not_found");
        (await ShouldBeOkJsonAsync(await GetAsGatewayAsync(stranger, KeysPath))).EnumerateArray().ShouldBeEmpty();
        using var partner = PartnerClient(secret);
        (await partner.GetAsync(GatewayApi + "/audit")).StatusCode.ShouldBe(HttpStatusCode.OK, "the key still works");
    }

    private static async Task<(string Id, string Secret)> CreateKeyAsync(RegisteredUser owner, string circuitId)
    {
        var created = await ShouldBeJsonAsync(
            await CallAsync(owner, HttpMethod.Post, KeysPath, new { key_name = "Partner", circuit_id = circuitId }),
            HttpStatusCode.Created);
        return (Text(created.GetProperty("key"), "id"), Text(created, "api_key"));
    }

    private static HttpClient PartnerClient(string secret)
    {
        var client = Api.CreateClient();
        client.DefaultRequestHeaders.Add("X-API-Key", secret);
        return client;
    }
}
