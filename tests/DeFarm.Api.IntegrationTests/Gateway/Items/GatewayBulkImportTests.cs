using System.Net;
using System.Text;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Items;

/// <summary>
/// <c>POST /gateway/api/items/bulk</c> (spa-contract §2.2 I9; ADR-018): a CSV import, all or nothing, with the
/// receipt the front end reads and every bad row reported by its number.
/// </summary>
public sealed class GatewayBulkImportTests : GatewayItemsTestBase
{
    private const string BulkPath = GatewayItemsPath + "/bulk";

    [Test]
    public async Task ShouldImportEveryRowAndAnswerTheReceipt()
    {
        var user = await RegisterAsync();
        var existing = await CreateGatewayItemIdAsync(user, NewItemBody(identifiers: [CanonicalInput("sisbov", "BR100000000003")]));
        const string csv = """"
            value_chain,country,year,sisbov,Raca,peso,fazenda
            BEEF,BR,2026,BR100000000001,Brangus,210,"Faz. Santa Fé, MS"
            BEEF,BR,,BR100000000002,Nelore,,Faz. Boa Vista

            BEEF,BR,2026,BR100000000003,Nelore,230,Faz. Boa Vista
            soja,other,2025,,,,"Talhão ""3"""
            """";

        var receipt = await (await ImportAsync(user, csv)).ShouldBeOkAsync();

        Guid.TryParse(receipt.GetProperty("receipt_id").GetString(), out _).ShouldBeTrue();
        receipt.GetProperty("status").GetString().ShouldBe("completed");
        var summary = receipt.GetProperty("summary");
        summary.GetProperty("rows_total").GetInt32().ShouldBe(4);
        summary.GetProperty("items_created").GetInt32().ShouldBe(3);
        summary.GetProperty("items_updated").GetInt32().ShouldBe(1);
        summary.GetProperty("events_created").GetInt32().ShouldBe(4);
        summary.GetProperty("unclassified_fields").EnumerateArray().Select(f => f.GetString()).ShouldBe(["raca", "peso", "fazenda"]);
        var rows = receipt.GetProperty("rows").EnumerateArray().ToList();
        rows.Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("status").GetString())).ShouldBe(
            [(2, "created"), (3, "created"), (4, "updated"), (5, "created")]);
        rows[2].GetProperty("item_id").GetString().ShouldBe(existing);

        var first = (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{rows[0].GetProperty("item_id").GetString()}"));
        first.GetProperty("item").GetProperty("value_chain").GetString().ShouldBe("BEEF");
        first.GetProperty("item").GetProperty("year").GetInt32().ShouldBe(2026);
        first.GetProperty("item").GetProperty("metadata").GetProperty("fazenda").GetString().ShouldBe("Faz. Santa Fé, MS");
        first.GetProperty("item").GetProperty("metadata").GetProperty("peso").GetString().ShouldBe("210");
        first.GetProperty("canonical_identifier").GetProperty("value").GetString().ShouldBe("BR100000000001");
        var second = (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{rows[1].GetProperty("item_id").GetString()}")).GetProperty("item");
        second.GetProperty("year").ValueKind.ShouldBe(JsonValueKind.Null);
        second.GetProperty("metadata").TryGetProperty("peso", out _).ShouldBeFalse("an empty cell is no value");
        var last = (await GatewayGetOkAsync(user, $"{GatewayItemsPath}/{rows[3].GetProperty("item_id").GetString()}")).GetProperty("item");
        last.GetProperty("metadata").GetProperty("fazenda").GetString().ShouldBe("Talhão \"3\"");
        (await ListedItemIdsAsync(user)).Count.ShouldBe(4);
        Type((await ListedEventsAsync(user, $"?item_id={existing}"))[0]).ShouldBe("ItemEnriched");
    }

    [Test]
    public async Task ShouldPushEveryImportedItemIntoTheCircuit()
    {
        var user = await RegisterAsync();
        var circuitId = await CreatePushCircuitAsync(user);
        const string csv = "value_chain,country,cpf\nsoja,BR,52998224725\nmilho,PY,\n";

        var receipt = await (await ImportAsync(user, csv, circuitId)).ShouldBeOkAsync();

        receipt.GetProperty("summary").GetProperty("events_created").GetInt32().ShouldBe(4, "two creations and two pushes");
        var imported = receipt.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("item_id").GetString()!).ToList();
        (await ListedItemIdsAsync(user, $"?circuit_id={circuitId}")).ShouldBe(imported, ignoreOrder: true);
    }

    [Test]
    public async Task ShouldReportEveryBadRowAndStoreNothing()
    {
        var user = await RegisterAsync();
        var other = await RegisterAsync();
        await CreateGatewayItemAsync(other, NewItemBody(identifiers: [CanonicalInput("sisbov", "BR200000000009")]));
        var before = await CountPipelineRowsAsync();
        const string csv = """
            value_chain,country,year,sisbov,lote
            BEEF,BR,2026,BR200000000001,A
            ,BR,2026,BR200000000002,B
            BEEF,BR,20x6,BR200000000003,C
            BEEF,BR,2026,105500497219983,D
            BEEF,BR,2026,BR200000000009,E
            BEEF,BR,2026,BR200000000004,F,extra
            """;

        var response = await ImportAsync(user, csv);

        var error = await response.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        var details = error.GetProperty("details");
        details.EnumerateObject().Select(p => p.Name).ShouldBe(["rows[3]", "rows[4]", "rows[5]", "rows[6]", "rows[7]"], ignoreOrder: true);
        details.GetProperty("rows[3]")[0].GetString().ShouldBe("Row 3: value_chain is empty");
        details.GetProperty("rows[5]")[0].GetString()!.ShouldContain("SISBOV");
        details.GetProperty("rows[6]")[0].GetString()!.ShouldContain("another owner's item");
        error.GetProperty("message").GetString()!.ShouldStartWith("Row ");
        (await CountPipelineRowsAsync()).ShouldBe(before);
    }

    [TestCase("country,year\nBR,2025\n", "value_chain and country")]
    [TestCase("value_chain,country,lote,LOTE\nsoja,BR,1,2\n", "twice")]
    [TestCase("value_chain,country,circuit_id\nsoja,BR,x\n", "circuit_id")]
    [TestCase("value_chain,country\n", "at least one item row")]
    [TestCase("value_chain,country\nsoja,\"BR\n", "quote")]
    public async Task ShouldRefuseAFileItCannotRead(string csv, string reason)
    {
        var user = await RegisterAsync();

        var response = await ImportAsync(user, csv);

        var error = await response.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        error.GetProperty("details").GetProperty("file")[0].GetString()!.ShouldContain(reason);
        (await CountPipelineRowsAsync()).TokenizedItems.ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseMoreRowsThanAnImportHolds()
    {
        var user = await RegisterAsync();
        var csv = "value_chain,country\n" + string.Concat(Enumerable.Repeat("soja,BR\n", 1001));

        var response = await ImportAsync(user, csv);

        (await response.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed"))
            .GetProperty("message").GetString()!.ShouldContain("1000");
    }

    [Test]
    public async Task ShouldRequireAFileAndACircuitTheCallerMayPushTo()
    {
        var user = await RegisterAsync();
        var owner = await RegisterAsync();
        var othersCircuit = await CreatePushCircuitAsync(owner);

        using var client = ClientWithToken(user.Token);
        using var withoutFile = new MultipartFormDataContent { { new StringContent(""), "circuit_id" } };
        var noFile = await client.PostAsync(BulkPath, withoutFile);
        var notMultipart = await PostAsync(user, BulkPath, new { file = "value_chain,country" });
        var invisibleCircuit = await ImportAsync(user, "value_chain,country\nsoja,BR\n", othersCircuit);

        (await noFile.ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed"))
            .GetProperty("details").TryGetProperty("file", out _).ShouldBeTrue();
        await notMultipart.ShouldBeGatewayErrorAsync(HttpStatusCode.UnsupportedMediaType);
        await invisibleCircuit.ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        (await CountPipelineRowsAsync()).TokenizedItems.ShouldBe(0);
    }

    private static async Task<HttpResponseMessage> ImportAsync(RegisteredUser user, string csv, string? circuitId = null)
    {
        using var client = ClientWithToken(user.Token);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(csv, Encoding.UTF8, "text/csv"), "file", "itens.csv" },
            { new StringContent(circuitId ?? string.Empty), "circuit_id" },
        };
        return await client.PostAsync(BulkPath, form);
    }
}
