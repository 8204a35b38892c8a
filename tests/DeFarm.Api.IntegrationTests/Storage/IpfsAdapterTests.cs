using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Storage;
using static DeFarm.Api.IntegrationTests.Infrastructure.FakeKuboServer;

namespace DeFarm.Api.IntegrationTests.Storage;

/// <summary>
/// <c>ipfs-ipfs</c> against an IPFS node (<see cref="FakeKuboServer"/>): a second API host on the test database
/// with <c>IPFS_ENDPOINT</c> set, short timeouts and three attempts per upload.
/// </summary>
public sealed class IpfsAdapterTests : StorageTestBase
{
    private FakeKuboServer _kubo = null!;
    private DeFarmApiFactory _ipfsApi = null!;

    [OneTimeSetUp]
    public async Task StartIpfsApiAsync()
    {
        _kubo = await FakeKuboServer.StartAsync();
        _ipfsApi = new DeFarmApiFactory(TestDatabase.ConnectionString, new Dictionary<string, string?>
        {
            ["IPFS_ENDPOINT"] = _kubo.Endpoint.ToString(),
            // Long enough for a cold first upload on a busy machine, short enough for the timeout test.
            ["Ipfs:TimeoutMilliseconds"] = "1500",
            ["Ipfs:RetryAttempts"] = "3",
            ["Ipfs:RetryDelayMilliseconds"] = "10",
        });
    }

    [OneTimeTearDown]
    public async Task StopIpfsApiAsync()
    {
        await _ipfsApi.DisposeAsync();
        await _kubo.DisposeAsync();
    }

    [SetUp]
    public void ForgetEarlierUploads() => _kubo.Reset();

    [Test]
    public async Task ShouldAddAndPinTheItemOnTheNodeAndRecordItsCid()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, new { breed = "Nelore" }, ("ear_tag", "A-1"));
        var expectedCid = await ExpectedCidAsync(alice, dfid);

        var record = (await (await MigrateViaIpfsAsync(alice, dfid)).ShouldBeOkAsync()).GetProperty("record");

        record.GetProperty("storage_location").GetRawText().ShouldBe($$$"""{"IPFS":{"cid":"{{{expectedCid}}}","pinned":true}}""");
        var upload = _kubo.Received.ShouldHaveSingleItem();
        record.GetProperty("metadata").GetRawText()
            .ShouldBe($$$"""{"ipfs_cid":"{{{expectedCid}}}","ipfs_pinned":true,"size_bytes":{{{upload.Content.Length}}}}""");
        upload.Query.ShouldContain("cid-version=1");
        upload.Query.ShouldContain("pin=true");
        ContentId.Compute(upload.Content).ShouldBe(expectedCid);
        var items = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/storage-history")).ShouldBeOkAsync();
        var listed = items.GetProperty("records")[0];
        listed.GetProperty("ipfs_cid").GetString().ShouldBe(expectedCid);
        listed.GetProperty("ipfs_pinned").GetBoolean().ShouldBeTrue();
        listed.GetProperty("storage_location").GetString().ShouldBe($"IPFS {{ cid: \"{expectedCid}\", pinned: true }}");
        var entry = await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline/1")).ShouldBeOkAsync();
        entry.GetProperty("cid").GetString().ShouldBe(expectedCid);
        entry.GetProperty("network").GetString().ShouldBe("ipfs");
    }

    [Test]
    public async Task ShouldRetryServerErrorsUntilTheNodeAccepts()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        _kubo.Enqueue(KuboAnswer.ServerError, KuboAnswer.ServerError);

        await (await MigrateViaIpfsAsync(alice, dfid)).ShouldBeOkAsync();

        _kubo.Received.Count.ShouldBe(3);
    }

    [Test]
    public async Task ShouldGiveUpAfterEveryAttemptTimedOutAndStoreNothing()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        _kubo.Enqueue(KuboAnswer.Hang, KuboAnswer.Hang, KuboAnswer.Hang);

        var response = await MigrateViaIpfsAsync(alice, dfid);

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable, "ipfs_unavailable");
        body.GetProperty("error").GetString().ShouldBe("IPFS upload failed: no answer within 1500 ms");
        response.Headers.RetryAfter.ShouldNotBeNull();
        _kubo.Received.Count.ShouldBe(3);
        await (await GetAsync(alice, $"{HistoryPath}/{dfid}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "storage_history_not_found");
        (await (await GetAsync(alice, $"{ItemsPath}/{dfid}/timeline")).ShouldBeOkAsync()).GetProperty("total_entries").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task ShouldNotRetryAnUploadTheNodeRefuses()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        _kubo.Enqueue(KuboAnswer.BadRequest);

        var response = await MigrateViaIpfsAsync(alice, dfid);

        await response.ShouldBeErrorAsync(
            HttpStatusCode.ServiceUnavailable, "ipfs_unavailable", "IPFS upload failed: the node refused the upload (400)");
        _kubo.Received.Count.ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseAnAnswerThatIsNotKubosJson()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        _kubo.Enqueue(KuboAnswer.NotJson);

        var response = await MigrateViaIpfsAsync(alice, dfid);

        await response.ShouldBeErrorAsync(
            HttpStatusCode.ServiceUnavailable, "ipfs_unavailable", "IPFS upload failed: the node's answer is not JSON");
        await (await GetAsync(alice, $"{HistoryPath}/{dfid}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "storage_history_not_found");
    }

    [Test]
    public async Task ShouldReportAnUnreachableNodeAsUnavailable()
    {
        var alice = await RegisterAsync();
        var dfid = await CreateItemAsync(alice, null, ("ear_tag", "A-1"));
        await using var closedPort = await FakeKuboServer.StartAsync();
        var endpoint = closedPort.Endpoint.ToString();
        await closedPort.DisposeAsync();
        await using var unreachable = new DeFarmApiFactory(TestDatabase.ConnectionString, new Dictionary<string, string?>
        {
            ["IPFS_ENDPOINT"] = endpoint, ["Ipfs:RetryAttempts"] = "2", ["Ipfs:RetryDelayMilliseconds"] = "10",
        });
        using var client = await SignedInClientAsync(unreachable, alice);

        var response = await MigrateAsync(client, dfid);

        await response.ShouldBeErrorAsync(HttpStatusCode.ServiceUnavailable, "ipfs_unavailable");
    }

    private async Task<HttpResponseMessage> MigrateViaIpfsAsync(RegisteredUser user, string dfid)
    {
        using var client = await SignedInClientAsync(_ipfsApi, user);
        return await MigrateAsync(client, dfid);
    }

    /// <summary>A client of <paramref name="host"/> signed in there: each host signs tokens with its own key.</summary>
    private static async Task<HttpClient> SignedInClientAsync(DeFarmApiFactory host, RegisteredUser user)
    {
        var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { username = user.Username, password = user.Password });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await login.ShouldIssueTokenAsync());
        return client;
    }
}
