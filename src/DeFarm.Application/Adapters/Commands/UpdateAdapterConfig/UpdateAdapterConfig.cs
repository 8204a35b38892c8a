using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using FluentValidation;
using Mediator;

namespace DeFarm.Application.Adapters.Commands.UpdateAdapterConfig;

/// <summary>
/// <c>PUT /api/admin/adapters/:config_id</c>: replaces the settings; <c>api_key</c>, <c>secret_key</c> and
/// <c>custom_headers</c> left out keep their stored values, so secrets need not be sent again. Admins only.
/// </summary>
public sealed record UpdateAdapterConfigCommand : AdapterConfigFields, ICommand<AdapterConfigResponse>
{
    public Guid ConfigId { get; init; }
}

internal sealed class UpdateAdapterConfigCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IAdapterConfigRepository configs,
    TimeProvider clock) : ICommandHandler<UpdateAdapterConfigCommand, AdapterConfigResponse>
{
    public async ValueTask<AdapterConfigResponse> Handle(UpdateAdapterConfigCommand command, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var config = await configs.GetByIdAsync(command.ConfigId, cancellationToken) ?? throw AdapterConfigErrors.NotFound();
        config.Update(
            command.Name.Trim(), command.Description ?? string.Empty, command.ParseAdapterType(),
            command.ToConnection(config.Connection), command.ContractConfigs, command.IsActive ?? config.IsActive,
            clock.GetUtcNow());
        return AdapterConfigResponse.From(config);
    }
}

internal sealed class UpdateAdapterConfigCommandValidator : AbstractValidator<UpdateAdapterConfigCommand>
{
    public UpdateAdapterConfigCommandValidator() => Include(new AdapterConfigFieldsValidator());
}
