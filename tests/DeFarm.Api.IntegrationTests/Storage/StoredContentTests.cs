using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Common;
using DeFarm.Domain.Storage;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Storage;

/// <summary><c>GET /api/storage/content/:cid</c>: a stored item version, fetched by its CID and verified.</summary>
public sealed class StoredContentTests : StorageTestBase
{
    private const string ContentPath = "/api/storage/content";

    [Test]
    public async Task ShouldAnswerTheStoredVersionAndThatItsBytesMatchTheCid()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, new { breed = "Nelore" }, ("ear_tag", "C-1"));
        var storedItem = (await GetItemAsync(alice, dfid)).GetRawText();
        var cid = await ExpectedCidAsync(alice, dfid);
        await MigrateOkAsync(alice, dfid);

        var body = await (await GetAsync(alice, $"{ContentPath}/{cid}")).ShouldBeOkAsync();

        body.GetProperty("cid").GetString().ShouldBe(cid);
        body.GetProperty("dfid").GetString().ShouldBe(dfid);
        body.GetProperty("verified").GetBoolean().ShouldBeTrue();
        var canonical = CanonicalJson.Serialize(JsonNode.Parse(storedItem));
        body.GetProperty("size_bytes").GetInt32().ShouldBe(Encoding.UTF8.GetByteCount(canonical));
        CanonicalJson.Serialize(JsonNode.Parse(body.GetProperty("content").GetRawText())).ShouldBe(canonical);
    }

    [Test]
    public async Task ShouldReportBytesThatNoLongerMatchTheirCid()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "C-2"));
        var cid = await ExpectedCidAsync(alice, dfid);
        await MigrateOkAsync(alice, dfid);
        await WithDatabaseAsync(db => db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE content_blocks SET content = {Encoding.UTF8.GetBytes("tampered")} WHERE cid = {cid}"));

        var body = await (await GetAsync(alice, $"{ContentPath}/{cid}")).ShouldBeOkAsync();

        body.GetProperty("verified").GetBoolean().ShouldBeFalse();
        body.GetProperty("content").GetString().ShouldBe(Convert.ToBase64String(Encoding.UTF8.GetBytes("tampered")));
    }

    [Test]
    public async Task ShouldAnswerNotFoundToAnyoneWhoCannotSeeTheItem()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "C-3"));
        var cid = await ExpectedCidAsync(alice, dfid);
        await MigrateOkAsync(alice, dfid);
        var mallory = await RegisterAsync();

        var response = await GetAsync(mallory, $"{ContentPath}/{cid}");

        (await response.ShouldBeErrorAsync(HttpStatusCode.NotFound, "content_not_found")).ToString().ShouldNotContain(dfid);
    }

    [Test]
    public async Task ShouldAnswerNotFoundForACidNothingWasStoredUnder()
    {
        var alice = await RegisterAsync();
        var unknown = ContentId.Compute(Encoding.UTF8.GetBytes("never stored"));

        await (await GetAsync(alice, $"{ContentPath}/{unknown}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "content_not_found");
    }

    [TestCase("QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG")]
    [TestCase("bafy!!")]
    public async Task ShouldRefuseWhatIsNotABase32Cid(string cid)
    {
        var alice = await RegisterAsync();

        await (await GetAsync(alice, $"{ContentPath}/{Uri.EscapeDataString(cid)}"))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed", "Invalid CID: expected a CIDv1 in base32, such as bafkrei…");
    }
}
