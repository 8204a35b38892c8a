using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Adapters.Commands.SetDefaultAdapterConfig;

/// <summary>
/// <c>POST /api/admin/adapters/:config_id/set-default</c>: makes this configuration the default of its adapter
/// type, and the previous default an ordinary one, in one commit. Admins only.
/// </summary>
public sealed record SetDefaultAdapterConfigCommand(Guid ConfigId) : ICommand<AdapterConfigResponse>;

internal sealed class SetDefaultAdapterConfigCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IAdapterConfigRepository configs,
    TimeProvider clock) : ICommandHandler<SetDefaultAdapterConfigCommand, AdapterConfigResponse>
{
    public async ValueTask<AdapterConfigResponse> Handle(SetDefaultAdapterConfigCommand command, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var config = await configs.GetByIdAsync(command.ConfigId, cancellationToken) ?? throw AdapterConfigErrors.NotFound();
        var now = clock.GetUtcNow();
        if (await configs.GetDefaultAsync(config.AdapterType, cancellationToken) is { } previous && previous != config)
        {
            previous.ClearDefault(now);
        }

        config.MakeDefault(now);
        return AdapterConfigResponse.From(config);
    }
}
