using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Admin.Commands.ChangeUserRole;

/// <summary>Sets an account's platform role; <c>admin</c> grants the admin right, the others withdraw it.</summary>
public sealed record ChangeUserRoleCommand : ICommand<AdminUserResponse>, IRetryOnConcurrentUpdate
{
    public string UserId { get; init; } = string.Empty;
    public string Role { get; init; } = string.Empty;
}

internal sealed class ChangeUserRoleCommandHandler(ICurrentUser currentUser, IUserRepository users, TimeProvider clock)
    : ICommandHandler<ChangeUserRoleCommand, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(ChangeUserRoleCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var user = await AdminUsers.LoadTargetAsync(users, command.UserId, cancellationToken);
        AdminUsers.EnsureNotSelf(user, caller);
        user.ChangeRole(AdminText.ParseRole(command.Role)!.Value, clock.GetUtcNow());
        return AdminUserResponse.From(user);
    }
}
