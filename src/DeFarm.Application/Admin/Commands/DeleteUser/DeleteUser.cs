using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Admin.Commands.DeleteUser;

/// <summary>
/// Deletes an account softly (ADR-019): it is suspended and hidden from the admin lists, and everything that names
/// it (items, circuits, audit entries) stays intact.
/// </summary>
public sealed record DeleteUserCommand(string UserId) : ICommand<AdminUserResponse>, IRetryOnConcurrentUpdate;

internal sealed class DeleteUserCommandHandler(ICurrentUser currentUser, IUserRepository users, TimeProvider clock)
    : ICommandHandler<DeleteUserCommand, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(DeleteUserCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var user = await AdminUsers.LoadTargetAsync(users, command.UserId, cancellationToken);
        AdminUsers.EnsureNotSelf(user, caller);
        user.Delete(clock.GetUtcNow());
        return AdminUserResponse.From(user);
    }
}
