using System.Net;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DeFarm.Api.IntegrationTests.Infrastructure.FakeKuboServer;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>
/// A push is one transaction (decision 11) and canonical identifiers name one DFID whatever the concurrency
/// (decision 6): concurrent pushes naming one identifier resolve one after the other, and a push failing half-way
/// (the storage upload, after the DFID was minted and the circuit item staged) leaves nothing behind.
/// </summary>
public sealed class PushConcurrencyAndAtomicityTests : PushTestBase
{
    [Test]
    public async Task ShouldGiveTwentyConcurrentPushesOfOneCanonicalIdentifierExactlyOneDfid()
    {
        var alice = await RegisterAsync();
        await SetTierAsync(alice, "enterprise");
        var circuitId = await CreatePushCircuitAsync(alice, adapter: "ipfs-ipfs");
        var lids = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            lids.Add(await CreateLocalItemAsync(alice, new { copy = i }, Sisbov("123456789012")));
        }

        var answers = await Task.WhenAll(lids.Select(lid => PushLocalAsync(alice, circuitId, lid)));

        var data = new List<System.Text.Json.JsonElement>();
        foreach (var answer in answers)
        {
            data.Add((await answer.ShouldBeOkAsync()).GetProperty("data"));
        }

        data.Select(d => Text(d, "dfid")).Distinct().ShouldHaveSingleItem();
        data.Count(d => Text(d, "status") == "NewItemCreated").ShouldBe(1);
        var rows = await CountPipelineRowsAsync();
        (rows.TokenizedItems, rows.CanonicalEntries, rows.Mappings, rows.CircuitItems, rows.Operations, rows.Events)
            .ShouldBe((1, 1, 20, 1, 20, 20));
        await WithDatabaseAsync(async db =>
            (await db.Items.CountAsync(i => !i.Dfid.StartsWith("LID-")
                && i.Identifiers.Any(x => x.Value == "BR123456789012"))).ShouldBe(1));
    }

    [Test]
    public async Task ShouldLeaveNothingBehindWhenTheStorageUploadFailsHalfWay()
    {
        await using var kubo = await FakeKuboServer.StartAsync();
        await using var ipfsApi = new DeFarmApiFactory(
            TestDatabase.ConnectionString, new Dictionary<string, string?> { ["IPFS_ENDPOINT"] = kubo.Endpoint.ToString() });
        var alice = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(alice, adapter: "ipfs-ipfs", autoPublish: true);
        var lid = await CreateLocalItemAsync(alice, null, Sisbov("123456789012"), Lot("L-1"));
        kubo.Enqueue(KuboAnswer.BadRequest);
        // Each host signs tokens with its own key: sign in on the IPFS host.
        using var client = ipfsApi.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = alice.Username, password = alice.Password });
        client.DefaultRequestHeaders.Authorization =
            new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await login.ShouldIssueTokenAsync());

        var failed = await client.PostAsJsonAsync($"{CircuitsPath}/{circuitId}/push-local", new { local_id = lid });

        await failed.ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable);
        kubo.Received.ShouldHaveSingleItem();
        (await CountPipelineRowsAsync()).ShouldBe(new PipelineRows(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        (await PublishedDfidsAsync(alice, circuitId)).ShouldBeEmpty();
        var mapping = (await (await GetAsync(alice, $"/api/items/mapping/{lid}")).ShouldBeOkAsync()).GetProperty("data");
        Text(mapping, "status").ShouldBe("LocalOnly");

        var retried = await client.PostAsJsonAsync($"{CircuitsPath}/{circuitId}/push-local", new { local_id = lid });

        Text((await retried.ShouldBeOkAsync()).GetProperty("data"), "status").ShouldBe("NewItemCreated");
        (await CountPipelineRowsAsync()).ShouldBe(new PipelineRows(1, 1, 1, 0, 1, 1, 1, 1, 1, 1));
    }
}
