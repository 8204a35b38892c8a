using DeFarm.Application.Auth.Queries.ListSessions;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Auth;

/// <summary>The caller's sign-in sessions (spa-contract §2.7 X1); a <c>user_id</c> query parameter is not honoured.</summary>
[Route(GatewaySurface.ApiPrefix + "/sessions")]
public sealed class GatewaySessionsController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<IReadOnlyList<SessionSummary>> List(CancellationToken cancellationToken) =>
        await sender.Send(new ListSessionsQuery(), cancellationToken);
}
