using DeFarm.Application.Admin;
using DeFarm.Application.Admin.Commands.ChangeUserRole;
using DeFarm.Application.Admin.Commands.ChangeUserStatus;
using DeFarm.Application.Admin.Commands.CreateUser;
using DeFarm.Application.Admin.Commands.DeleteUser;
using DeFarm.Application.Admin.Queries.ListUsers;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Admin;

/// <summary>The admin users page (spa-contract §2.8 AD1–AD5); admins only (403 for others), signed-in sessions only.</summary>
[Route(GatewaySurface.ApiPrefix + "/admin/users")]
[Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
public sealed class GatewayAdminUsersController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<UserList> List(
        [FromQuery] int limit = ListUsersQuery.DefaultLimit, [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default)
    {
        var users = await sender.Send(new ListUsersQuery { Limit = limit, Offset = offset }, cancellationToken);
        return new UserList(users, users.Count);
    }

    [HttpPost]
    public async Task<IActionResult> Create(CreateUserRequest request, CancellationToken cancellationToken)
    {
        var user = await sender.Send(
            new CreateUserCommand
            {
                Email = request.Email ?? string.Empty,
                FullName = request.FullName ?? string.Empty,
                Password = request.Password ?? string.Empty,
                Role = request.Role ?? string.Empty,
            },
            cancellationToken);
        return Created($"/{GatewaySurface.ApiPrefix}/admin/users/{user.Id}", user);
    }

    /// <summary>Deletes softly (ADR-019): suspended and hidden, never erased.</summary>
    [HttpDelete("{id}")]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await sender.Send(new DeleteUserCommand(id), cancellationToken);
        return NoContent();
    }

    [HttpPatch("{id}/role")]
    public async Task<AdminUserResponse> ChangeRole(string id, RoleRequest request, CancellationToken cancellationToken) =>
        await sender.Send(new ChangeUserRoleCommand { UserId = id, Role = request.Role ?? string.Empty }, cancellationToken);

    [HttpPatch("{id}/status")]
    public async Task<AdminUserResponse> ChangeStatus(string id, StatusRequest request, CancellationToken cancellationToken) =>
        await sender.Send(new ChangeUserStatusCommand { UserId = id, IsActive = request.IsActive }, cancellationToken);

    public sealed record UserList(IReadOnlyList<AdminUserResponse> Users, int Count);

    public sealed record CreateUserRequest(string? Email, string? FullName, string? Password, string? Role);

    public sealed record RoleRequest(string? Role);

    public sealed record StatusRequest(bool? IsActive);
}
