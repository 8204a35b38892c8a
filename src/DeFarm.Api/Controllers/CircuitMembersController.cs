using DeFarm.Application.Circuits;
using DeFarm.Application.Circuits.Commands.AddMember;
using DeFarm.Application.Circuits.Commands.ApproveJoinRequest;
using DeFarm.Application.Circuits.Commands.AssignRole;
using DeFarm.Application.Circuits.Commands.JoinPublicCircuit;
using DeFarm.Application.Circuits.Commands.RejectJoinRequest;
using DeFarm.Application.Circuits.Commands.SubmitJoinRequest;
using DeFarm.Application.Circuits.Queries.ListPendingJoinRequests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DeFarm.Api.Controllers;

/// <summary>
/// Circuit membership (engines-api.md §4.5): members, roles, join requests, joining a public circuit. The
/// acting user is the caller; <c>admin_id</c> or <c>approver_id</c> in a body is ignored (decision 14).
/// </summary>
[ApiController]
[Route("api/circuits/{id}")]
public sealed class CircuitMembersController(ISender sender) : ControllerBase
{
    /// <summary>Adds a user with a built-in role (Invite).</summary>
    [HttpPost("members")]
    public async Task<CircuitResponse> AddMember(string id, AddMemberRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new AddMemberCommand
            {
                CircuitId = id, MemberId = request.MemberId ?? string.Empty, Role = request.Role ?? string.Empty,
            },
            cancellationToken);

    /// <summary>Gives a member a custom role (ManageMembers).</summary>
    [HttpPatch("members/{user_id}")]
    public async Task<CircuitResponse> AssignRole(
        string id, [FromRoute(Name = "user_id")] string userId, AssignRoleRequest request,
        CancellationToken cancellationToken) =>
        await sender.Send(
            new AssignRoleCommand
            {
                CircuitId = id, MemberId = userId, Role = request.Role, CustomRoleName = request.CustomRoleName,
            },
            cancellationToken);

    /// <summary>Asks to join a circuit the caller can see.</summary>
    [HttpPost("requests")]
    public async Task<CircuitResponse> SubmitJoinRequest(
        string id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] JoinRequestBody? request,
        CancellationToken cancellationToken) =>
        await sender.Send(new SubmitJoinRequestCommand { CircuitId = id, Message = request?.Message }, cancellationToken);

    [HttpGet("requests/pending")]
    public async Task<IReadOnlyList<JoinRequestResponse>> ListPendingJoinRequests(
        string id, CancellationToken cancellationToken) =>
        await sender.Send(new ListPendingJoinRequestsQuery(id), cancellationToken);

    /// <summary>Approves a pending request with the given role (Member by default).</summary>
    [HttpPost("requests/{requester_id}/approve")]
    public async Task<CircuitResponse> ApproveJoinRequest(
        string id, [FromRoute(Name = "requester_id")] string requesterId,
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] ApproveRequestBody? request,
        CancellationToken cancellationToken) =>
        await sender.Send(
            new ApproveJoinRequestCommand { CircuitId = id, RequesterId = requesterId, Role = request?.Role },
            cancellationToken);

    [HttpPost("requests/{requester_id}/reject")]
    public async Task<CircuitResponse> RejectJoinRequest(
        string id, [FromRoute(Name = "requester_id")] string requesterId, CancellationToken cancellationToken) =>
        await sender.Send(new RejectJoinRequestCommand(id, requesterId), cancellationToken);

    /// <summary>Joins a public circuit: at once with auto-approve, else by a join request.</summary>
    [HttpPost("public/join")]
    public async Task<JoinPublicCircuitResponse> JoinPublic(
        string id, [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] JoinPublicRequest? request,
        CancellationToken cancellationToken) =>
        await sender.Send(
            new JoinPublicCircuitCommand
            {
                CircuitId = id, AccessPassword = request?.AccessPassword, Message = request?.Message,
            },
            cancellationToken);

    public sealed record AddMemberRequest(string? MemberId, string? Role);

    public sealed record AssignRoleRequest(string? Role, string? CustomRoleName);

    public sealed record JoinRequestBody(string? Message);

    public sealed record ApproveRequestBody(string? Role);

    public sealed record JoinPublicRequest(string? AccessPassword, string? Message);
}
