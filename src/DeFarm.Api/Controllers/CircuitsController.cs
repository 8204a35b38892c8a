using DeFarm.Application.Circuits;
using DeFarm.Application.Circuits.Commands.CreateCircuit;
using DeFarm.Application.Circuits.Commands.DeactivateCircuit;
using DeFarm.Application.Circuits.Commands.ToggleVisibility;
using DeFarm.Application.Circuits.Commands.UpdateCircuit;
using DeFarm.Application.Circuits.Queries.GetCircuit;
using DeFarm.Application.Circuits.Queries.ListCircuits;
using DeFarm.Application.Circuits.Queries.ListMemberCircuits;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>
/// Circuits (engines-api.md §4.5): create, list, read, update, deactivate, visibility. Every route needs a
/// signed-in caller and acts as that caller (decision 14); who may do what is the matrix of §3.7.
/// </summary>
[ApiController]
[Route("api/circuits")]
public sealed class CircuitsController(ISender sender) : ControllerBase
{
    /// <summary>Creates a circuit owned by the caller (403 <c>tier_limit_reached</c> past the tier's circuits).</summary>
    [HttpPost]
    public async Task<CircuitResponse> Create(CreateCircuitCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    /// <summary>The caller's circuits plus, unless <c>include_public=false</c>, the public ones; newest first.</summary>
    [HttpGet]
    [HttpGet("list")]
    public async Task<IReadOnlyList<CircuitResponse>> List(
        [FromQuery(Name = "include_public")] bool? includePublic,
        [FromQuery] string? status,
        [FromQuery] int limit = ICircuitPage.DefaultLimit,
        [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListCircuitsQuery { IncludePublic = includePublic, Status = status, Limit = limit, Offset = offset },
            cancellationToken);

    /// <summary>The circuits a user owns or belongs to; only that user may ask.</summary>
    [HttpGet("member/{member_id}")]
    public async Task<IReadOnlyList<CircuitResponse>> ListOfMember(
        [FromRoute(Name = "member_id")] string memberId, CancellationToken cancellationToken) =>
        await sender.Send(new ListMemberCircuitsQuery(memberId), cancellationToken);

    [HttpGet("{id}")]
    public async Task<CircuitResponse> Get(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetCircuitQuery(id), cancellationToken);

    /// <summary>Changes name, description and flags given (ManagePermissions or owner).</summary>
    [HttpPatch("{id}")]
    [HttpPut("{id}")]
    public async Task<CircuitResponse> Update(string id, UpdateCircuitRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new UpdateCircuitCommand
            {
                CircuitId = id, Name = request.Name, Description = request.Description, Permissions = request.Permissions,
            },
            cancellationToken);

    [HttpPut("{id}/deactivate")]
    public async Task<CircuitResponse> Deactivate(string id, CancellationToken cancellationToken) =>
        await sender.Send(new DeactivateCircuitCommand(id), cancellationToken);

    /// <summary>Flips public visibility (owner or a member whose role is Admin).</summary>
    [HttpPut("{id}/visibility/toggle")]
    public async Task<VisibilityResponse> ToggleVisibility(string id, CancellationToken cancellationToken) =>
        await sender.Send(new ToggleVisibilityCommand(id), cancellationToken);

    public sealed record UpdateCircuitRequest(string? Name, string? Description, CircuitFlagsRequest? Permissions);
}
