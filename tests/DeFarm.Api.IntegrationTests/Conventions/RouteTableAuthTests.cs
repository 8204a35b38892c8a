using System.Net;
using System.Text.RegularExpressions;
using DeFarm.Api.Gateway;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Conventions;

/// <summary>
/// Walks the live route table, so routes added later are covered without editing this test: every endpoint
/// not explicitly public must answer an anonymous call with 401, and the public set must be exactly the one
/// the specification lists.
/// </summary>
public sealed partial class RouteTableAuthTests : ApiTestBase
{
    private static readonly string[] DeclaredPublicRoutes =
    [
        "GET /",
        "GET /health",
        "GET /health/db",
        "GET /health/live",
        "GET /health/ready",
        "POST /api/auth/forgot-password",
        "POST /api/auth/login",
        "POST /api/auth/register",
        "POST /api/auth/reset-password",
        "GET /api/public/storage-history/{dfid}",
        // The public page of a circuit shows only what it published (ADR-013).
        "GET /api/circuits/{id}/public",

        // Gateway (ADR-017): signing in and up, and refresh and logout, whose credential is the refresh token.
        "POST /gateway/auth/login",
        "POST /gateway/auth/register",
        "POST /gateway/auth/refresh",
        "POST /gateway/auth/logout",
        // The front end's public circuit page and discovery list show what circuits chose to publish.
        "GET /gateway/api/circuits/{id}/public",
        "GET /gateway/api/circuits/public",
    ];

    [Test]
    public async Task ShouldRejectAnonymousCallsToEveryRouteNotDeclaredPublic()
    {
        var routes = Routes().ToList();
        var protectedRoutes = routes.Where(r => !r.IsPublic).ToList();
        protectedRoutes.ShouldNotBeEmpty();

        foreach (var route in protectedRoutes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), route.SamplePath);
            var response = await Client.SendAsync(request);
            _ = route.Template.StartsWith("/gateway/", StringComparison.Ordinal)
                ? await response.ShouldBeGatewayErrorAsync(HttpStatusCode.Unauthorized, "unauthenticated")
                : await response.ShouldBeErrorAsync(HttpStatusCode.Unauthorized, "unauthenticated");
        }
    }

    [Test]
    public void ShouldExposeExactlyTheDeclaredPublicRoutes()
    {
        var publicRoutes = Routes().Where(r => r.IsPublic).Select(r => $"{r.Method} {r.Template}").Order().ToList();

        publicRoutes.ShouldBe(DeclaredPublicRoutes.Order().ToList());
    }

    private static IEnumerable<Route> Routes() =>
        Api.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint =>
            {
                var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
                var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                return methods.Select(method => new Route(method, template, isPublic));
            });

    private sealed record Route(string Method, string Template, bool IsPublic)
    {
        /// <summary>The template with every <c>{parameter}</c> filled with a sample value.</summary>
        public string SamplePath => RouteParameter().Replace(Template, "sample");
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
