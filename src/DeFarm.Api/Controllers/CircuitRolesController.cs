using DeFarm.Application.Circuits;
using DeFarm.Application.Circuits.Commands.CreateCustomRole;
using DeFarm.Application.Circuits.Commands.DeleteCustomRole;
using DeFarm.Application.Circuits.Commands.UpdateCustomRole;
using DeFarm.Application.Circuits.Queries.ListCustomRoles;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>Custom roles of a circuit (engines-api.md §4.5); changes need ManageRoles.</summary>
[ApiController]
[Route("api/circuits/{id}/roles")]
public sealed class CircuitRolesController(ISender sender) : ControllerBase
{
    [HttpPost]
    public async Task<CustomRoleResponse> Create(
        string id, CreateRoleRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new CreateCustomRoleCommand
            {
                CircuitId = id, RoleName = request.RoleName ?? string.Empty, Permissions = request.Permissions ?? [],
                Description = request.Description, Color = request.Color,
            },
            cancellationToken);

    [HttpGet]
    public async Task<IReadOnlyList<CustomRoleResponse>> List(string id, CancellationToken cancellationToken) =>
        await sender.Send(new ListCustomRolesQuery(id), cancellationToken);

    [HttpPut("{role_name}")]
    public async Task<CustomRoleResponse> Update(
        string id, [FromRoute(Name = "role_name")] string roleName, UpdateRoleRequest request,
        CancellationToken cancellationToken) =>
        await sender.Send(
            new UpdateCustomRoleCommand
            {
                CircuitId = id, RoleName = roleName, Permissions = request.Permissions, Description = request.Description,
                Color = request.Color,
            },
            cancellationToken);

    [HttpDelete("{role_name}")]
    public async Task<SuccessResponse> Delete(
        string id, [FromRoute(Name = "role_name")] string roleName, CancellationToken cancellationToken) =>
        await sender.Send(new DeleteCustomRoleCommand(id, roleName), cancellationToken);

    public sealed record CreateRoleRequest(
        string? RoleName, IReadOnlyList<string>? Permissions, string? Description, string? Color);

    public sealed record UpdateRoleRequest(IReadOnlyList<string>? Permissions, string? Description, string? Color);
}
