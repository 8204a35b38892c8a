using DeFarm.Application.Gateway.Circuits;
using DeFarm.Application.Gateway.Circuits.Commands.DecideJoinRequest;
using DeFarm.Application.Gateway.Circuits.Commands.RequestToJoin;
using DeFarm.Application.Gateway.Circuits.Queries.ListJoinRequests;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Circuits;

/// <summary>The join-request loop of the front end (spa-contract §2.3 J1–J3), the only way it adds members.</summary>
[Route(GatewaySurface.ApiPrefix + "/circuits/{id}/join-requests")]
public sealed class GatewayJoinRequestsController(ISender sender) : GatewayControllerBase
{
    /// <summary>The caller asks to join; the front end sends <c>{}</c>, which carries nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Submit(string id, CancellationToken cancellationToken)
    {
        var request = await sender.Send(new RequestToJoinCircuitCommand(id), cancellationToken);
        return Created($"/{GatewaySurface.ApiPrefix}/circuits/{id}/join-requests/{request.Id}", request);
    }

    [HttpGet]
    public async Task<IReadOnlyList<GatewayJoinRequest>> List(
        string id, [FromQuery] string? status, CancellationToken cancellationToken) =>
        await sender.Send(new ListJoinRequestsQuery(id, status), cancellationToken);

    /// <summary><c>{"action":"approve","role":"member"}</c> or <c>{"action":"reject"}</c>.</summary>
    [HttpPut("{requestId}")]
    public async Task<GatewayJoinRequest> Decide(
        string id, string requestId, DecisionRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new DecideJoinRequestCommand
            {
                CircuitId = id, RequestId = requestId, Action = request.Action ?? string.Empty, Role = request.Role,
            },
            cancellationToken);

    public sealed record DecisionRequest(string? Action, string? Role);
}
