using Microsoft.AspNetCore.Authorization;

namespace DeFarm.Api.Http;

/// <summary>
/// Part of the default policy: a request signed in with an API key may address no circuit but the key's. Routes
/// under <c>/api/circuits/{id}</c> and <c>/gateway/api/circuits/{id}</c> must name the key's circuit (403
/// otherwise); other routes act as the key's owner, with the owner's rights. JWT requests are not concerned.
/// </summary>
public sealed class ApiKeyCircuitScope : IAuthorizationRequirement
{
    private static readonly string[] CircuitRoutePrefixes = ["api/circuits/{id}", "gateway/api/circuits/{id}"];

    internal sealed class Handler : AuthorizationHandler<ApiKeyCircuitScope>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiKeyCircuitScope requirement)
        {
            if (ApiKeyPrincipal.Read(context.User) is not { } key || !AddressesOtherCircuit(context.Resource, key.CircuitId))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }

        private static bool AddressesOtherCircuit(object? resource, Guid keyCircuitId)
        {
            if (resource is not HttpContext http || http.GetEndpoint() is not RouteEndpoint endpoint)
            {
                return false;
            }

            var template = endpoint.RoutePattern.RawText?.TrimStart('/') ?? string.Empty;
            var isCircuitRoute = CircuitRoutePrefixes.Any(prefix =>
                template.Equals(prefix, StringComparison.OrdinalIgnoreCase)
                || template.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase));
            return isCircuitRoute
                && !(Guid.TryParse(http.GetRouteValue("id")?.ToString(), out var circuitId) && circuitId == keyCircuitId);
        }
    }
}
