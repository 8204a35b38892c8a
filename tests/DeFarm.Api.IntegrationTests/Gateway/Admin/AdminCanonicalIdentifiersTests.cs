using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Admin;

/// <summary>Canonical identifier types per value chain (spa-contract §2.8 AD7–AD9; ADR-019), admins only.</summary>
public sealed class AdminCanonicalIdentifiersTests : GatewayRecordsTestBase
{
    private const string TypesPath = GatewayApi + "/admin/canonical-identifiers";

    [Test]
    public async Task ShouldDeclareListAndSwitchOffTypesOfAValueChain()
    {
        var admin = await RegisterAdminAsync();

        var sisbov = await ShouldBeJsonAsync(
            await CallAsync(admin, HttpMethod.Post, TypesPath, new { value_chain = "beef", identifier_type = "SISBOV" }), HttpStatusCode.Created);
        await ShouldBeJsonAsync(
            await CallAsync(admin, HttpMethod.Post, TypesPath, new { value_chain = "BEEF", identifier_type = "car" }), HttpStatusCode.Created);
        await ShouldBeJsonAsync(
            await CallAsync(admin, HttpMethod.Post, TypesPath, new { value_chain = "SOY", identifier_type = "car" }), HttpStatusCode.Created);

        (Text(sisbov, "identifier_type"), Text(sisbov, "value_chain"), Text(sisbov, "namespace")).ShouldBe(("sisbov", "BEEF", "bovino"));
        sisbov.GetProperty("is_active").GetBoolean().ShouldBeTrue();
        ShouldBeGatewayDate(sisbov.GetProperty("created_at"));
        var beef = (await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, $"{TypesPath}/value-chain/Beef"))).EnumerateArray().ToList();
        beef.Select(t => Text(t, "identifier_type")).ShouldBe(["car", "sisbov"]);

        var off = await ShouldBeOkJsonAsync(
            await CallAsync(admin, HttpMethod.Patch, $"{TypesPath}/{Text(sisbov, "id")}", new { is_active = false }));
        off.GetProperty("is_active").GetBoolean().ShouldBeFalse();
        (await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, $"{TypesPath}/value-chain/BEEF"))).EnumerateArray()
            .Single(t => Text(t, "id") == Text(sisbov, "id")).GetProperty("is_active").GetBoolean().ShouldBeFalse();
        (await ShouldBeOkJsonAsync(await GetAsGatewayAsync(admin, $"{TypesPath}/value-chain/PORK"))).EnumerateArray().ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRejectDuplicatesUnknownChainsAndUnknownTypes()
    {
        var admin = await RegisterAdminAsync();
        await ShouldBeJsonAsync(
            await CallAsync(admin, HttpMethod.Post, TypesPath, new { value_chain = "BEEF", identifier_type = "sisbov" }), HttpStatusCode.Created);

        await (await CallAsync(admin, HttpMethod.Post, TypesPath, new { value_chain = "beef", identifier_type = "Sisbov" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Conflict, "identifier_type_exists");
        await (await CallAsync(admin, HttpMethod.Post, TypesPath, new { value_chain = "WINE", identifier_type = "x" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "unknown_value_chain");
        await (await CallAsync(admin, HttpMethod.Post, TypesPath, new { value_chain = "BEEF", identifier_type = "no spaces" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "invalid_identifier_type");
        await (await GetAsGatewayAsync(admin, $"{TypesPath}/value-chain/WINE")).ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "unknown_value_chain");
        await (await CallAsync(admin, HttpMethod.Patch, $"{TypesPath}/{Guid.NewGuid()}", new { is_active = true }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "identifier_type_not_found");
        await (await CallAsync(admin, HttpMethod.Patch, $"{TypesPath}/not-a-uuid", new { is_active = true }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "identifier_type_not_found");
    }
}
