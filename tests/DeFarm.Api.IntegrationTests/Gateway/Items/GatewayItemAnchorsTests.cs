using System.Net;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Items;

/// <summary>
/// <c>GET /gateway/api/adapter/items/{id}/anchors</c> (spa-contract §2.2 I10, §4 item 13): the item's stored copies
/// and blockchain anchors, read from its storage records.
/// </summary>
public sealed class GatewayItemAnchorsTests : GatewayItemsTestBase
{
    [Test]
    public async Task ShouldAnswerEmptyListsForAnItemNothingWasStoredFor()
    {
        var user = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(user);

        var anchors = await GatewayGetOkAsync(user, AnchorsPath(id));

        anchors.GetProperty("item_id").GetString().ShouldBe(id);
        anchors.GetProperty("blockchain_anchors").GetArrayLength().ShouldBe(0);
        anchors.GetProperty("storage_refs").GetArrayLength().ShouldBe(0);
    }

    [Test]
    public async Task ShouldListEveryStoredVersionNewestFirstWithItsCidAndSize()
    {
        var user = await RegisterAsync();
        var first = await CreatePushCircuitAsync(user, adapter: "ipfs-ipfs");
        var second = await CreatePushCircuitAsync(user, adapter: "ipfs-ipfs");
        var id = ItemIdOf(await CreateGatewayItemAsync(user, NewItemBody(circuitId: first)));
        await (await PutAsync(user, $"{GatewayItemsPath}/{id}", new { metadata = new { circuit_id = second, lote = "L-9" } }))
            .ShouldBeOkAsync();

        var refs = (await GatewayGetOkAsync(user, AnchorsPath(id))).GetProperty("storage_refs").EnumerateArray().ToList();

        refs.Count.ShouldBe(2);
        refs.Select(r => r.GetProperty("version").GetInt32()).ShouldBe([2, 1]);
        refs.Select(r => r.GetProperty("is_primary").GetBoolean()).ShouldBe([true, false]);
        var stored = await StoredVersionsAsync(id);
        for (var index = 0; index < refs.Count; index++)
        {
            var storageRef = refs[index];
            var (cid, content) = stored[refs.Count - 1 - index];
            storageRef.GetProperty("cid").GetString().ShouldBe(cid);
            storageRef.GetProperty("content_id").GetString().ShouldBe(cid);
            storageRef.GetProperty("size_bytes").GetInt32().ShouldBe(content.Length);
            storageRef.GetProperty("storage_type").GetString().ShouldBe("local", "no IPFS node: DeFarm's own content store");
            storageRef.GetProperty("adapter_type").GetString().ShouldBe("ipfs-ipfs");
            storageRef.GetProperty("gateway_url").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
            ShouldBeGatewayDate(storageRef, "created_at");
        }

        refs[0].GetProperty("cid").GetString().ShouldNotBe(refs[1].GetProperty("cid").GetString(), "the second version has new metadata");
    }

    [Test]
    public async Task ShouldShowABlockchainAnchorAndItsIpfsCopyFromAStellarRecord()
    {
        var user = await RegisterAsync();
        var id = await CreateGatewayItemIdAsync(user);
        const string cid = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";
        await WithDatabaseAsync(async db =>
        {
            var history = ItemStorageHistory.Start(id);
            history.Append(
                AdapterType.Parse("stellar_testnet-ipfs"), new StellarStorage("tx-1234", "CCONTRACT", cid),
                new JsonObject { ["network"] = "stellar-testnet", ["ipfs_cid"] = cid }, "circuit_push", null, user.UserId,
                DateTimeOffset.UtcNow);
            db.StorageHistories.Add(history);
            await db.SaveChangesAsync();
        });

        var anchors = await GatewayGetOkAsync(user, AnchorsPath(id));

        var anchor = anchors.GetProperty("blockchain_anchors").EnumerateArray().ShouldHaveSingleItem();
        anchor.GetProperty("chain_type").GetString().ShouldBe("stellar");
        anchor.GetProperty("network").GetString().ShouldBe("stellar-testnet");
        anchor.GetProperty("transaction_hash").GetString().ShouldBe("tx-1234");
        anchor.GetProperty("contract_address").GetString().ShouldBe("CCONTRACT");
        var copy = anchors.GetProperty("storage_refs").EnumerateArray().ShouldHaveSingleItem();
        copy.GetProperty("cid").GetString().ShouldBe(cid);
        copy.GetProperty("storage_type").GetString().ShouldBe("ipfs");
        copy.GetProperty("gateway_url").GetString().ShouldBe("https://ipfs.io/ipfs/" + cid);
        copy.GetProperty("size_bytes").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null, "the record does not say");
    }

    [Test]
    public async Task ShouldAnswerTheGatewayNotFoundForAnUnknownItem()
    {
        var user = await RegisterAsync();

        var response = await GetAsync(user, AnchorsPath("DFID-20260101-000001-1"));

        await response.ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "item_not_found");
    }

    private static string AnchorsPath(string id) => $"/gateway/api/adapter/items/{id}/anchors";

    /// <summary>The CIDs of the item's storage records, oldest first, with the bytes the content store holds for each.</summary>
    private static async Task<List<(string Cid, byte[] Content)>> StoredVersionsAsync(string dfid)
    {
        var versions = new List<(string, byte[])>();
        await WithDatabaseAsync(async db =>
        {
            var history = await db.StorageHistories.AsNoTracking().SingleAsync(h => h.Dfid == dfid);
            foreach (var record in history.Records.OrderBy(r => r.StoredAt))
            {
                var cid = ((LocalStorage)record.Location).Id;
                var block = await db.ContentBlocks.AsNoTracking().SingleAsync(b => b.Cid == cid);
                versions.Add((cid, block.Content));
            }
        });
        return versions;
    }
}
