using System.Net;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Auth;

/// <summary>The gateway's Swagger document describes the sign-in and circuit routes (and still generates).</summary>
public sealed class GatewayAuthAndCircuitsSwaggerTests : ApiTestBase
{
    [Test]
    public async Task ShouldListTheSignInAndCircuitRoutesInTheGatewayDocument()
    {
        var response = await Client.GetAsync("/swagger/gateway/swagger.json");

        var paths = (await response.ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("paths");
        foreach (var path in new[]
        {
            "/gateway/auth/login", "/gateway/auth/register", "/gateway/auth/refresh", "/gateway/auth/logout",
            "/gateway/api/sessions", "/gateway/api/circuits", "/gateway/api/circuits/public", "/gateway/api/circuits/{id}",
            "/gateway/api/circuits/{id}/public", "/gateway/api/circuits/{id}/join-requests",
            "/gateway/api/circuits/{id}/join-requests/{requestId}",
        })
        {
            paths.TryGetProperty(path, out _).ShouldBeTrue(path);
        }
    }
}
