using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Storage;
using FluentValidation;
using Mediator;

namespace DeFarm.Application.Adapters.Commands.CreateAdapterConfig;

/// <summary><c>POST /api/admin/adapters</c>: a new configuration, active unless <c>is_active</c> is false; admins only.</summary>
public sealed record CreateAdapterConfigCommand : AdapterConfigFields, ICommand<AdapterConfigResponse>;

internal sealed class CreateAdapterConfigCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IAdapterConfigRepository configs,
    TimeProvider clock) : ICommandHandler<CreateAdapterConfigCommand, AdapterConfigResponse>
{
    public async ValueTask<AdapterConfigResponse> Handle(CreateAdapterConfigCommand command, CancellationToken cancellationToken)
    {
        var admin = await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var config = AdapterConfig.Create(
            command.Name.Trim(), command.Description ?? string.Empty, command.ParseAdapterType(),
            command.ToConnection(previous: null), command.ContractConfigs, command.IsActive ?? true, admin.Id,
            clock.GetUtcNow());
        configs.Add(config);
        return AdapterConfigResponse.From(config);
    }
}

internal sealed class CreateAdapterConfigCommandValidator : AbstractValidator<CreateAdapterConfigCommand>
{
    public CreateAdapterConfigCommandValidator() => Include(new AdapterConfigFieldsValidator());
}
