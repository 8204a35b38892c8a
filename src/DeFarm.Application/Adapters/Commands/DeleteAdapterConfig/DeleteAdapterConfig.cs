using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Adapters.Commands.DeleteAdapterConfig;

/// <summary><c>DELETE /api/admin/adapters/:config_id</c>: removes the configuration; admins only.</summary>
public sealed record DeleteAdapterConfigCommand(Guid ConfigId) : ICommand<MessageResponse>;

internal sealed class DeleteAdapterConfigCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IAdapterConfigRepository configs) : ICommandHandler<DeleteAdapterConfigCommand, MessageResponse>
{
    public async ValueTask<MessageResponse> Handle(DeleteAdapterConfigCommand command, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var config = await configs.GetByIdAsync(command.ConfigId, cancellationToken) ?? throw AdapterConfigErrors.NotFound();
        configs.Remove(config);
        return new MessageResponse("Adapter configuration deleted");
    }
}
