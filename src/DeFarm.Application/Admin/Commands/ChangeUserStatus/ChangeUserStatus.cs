using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Admin.Commands.ChangeUserStatus;

/// <summary>Activates an account or suspends it (it can no longer sign in, nor its API keys act).</summary>
public sealed record ChangeUserStatusCommand : ICommand<AdminUserResponse>, IRetryOnConcurrentUpdate
{
    public string UserId { get; init; } = string.Empty;
    public bool? IsActive { get; init; }
}

internal sealed class ChangeUserStatusCommandHandler(ICurrentUser currentUser, IUserRepository users, TimeProvider clock)
    : ICommandHandler<ChangeUserStatusCommand, AdminUserResponse>
{
    public async ValueTask<AdminUserResponse> Handle(ChangeUserStatusCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var user = await AdminUsers.LoadTargetAsync(users, command.UserId, cancellationToken);
        AdminUsers.EnsureNotSelf(user, caller);
        user.ChangeStatus(command.IsActive!.Value ? AccountStatus.Active : AccountStatus.Suspended, clock.GetUtcNow());
        return AdminUserResponse.From(user);
    }
}
