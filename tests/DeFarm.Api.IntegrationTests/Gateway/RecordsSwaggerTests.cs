using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway;

/// <summary>The gateway's Swagger document describes the audit, snapshot, API-key and admin routes.</summary>
public sealed class RecordsSwaggerTests : ApiTestBase
{
    [Test]
    public async Task ShouldDescribeTheRecordsRoutesInTheGatewayDocument()
    {
        var document = await (await Client.GetAsync("/swagger/gateway/swagger.json")).ReadJsonAsync();

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/gateway/api/audit/verify");
        paths.ShouldContain("/gateway/api/snapshots/{id}/archive");
        paths.ShouldContain("/gateway/api/merkle-trees/{id}/verify");
        paths.ShouldContain("/gateway/api/partner/api-keys/{id}/metrics");
        paths.ShouldContain("/gateway/api/admin/users/{id}/status");
        paths.ShouldContain("/gateway/api/admin/canonical-identifiers/value-chain/{valueChain}");
        paths.ShouldContain("/gateway/api/admin/adapter/stats");
    }
}
