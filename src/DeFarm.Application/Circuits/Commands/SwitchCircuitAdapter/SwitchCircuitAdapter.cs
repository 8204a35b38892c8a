using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Notifications;
using DeFarm.Application.Gateway.Circuits;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.SwitchCircuitAdapter;

/// <summary>
/// The front end's adapter switches (ADR-018). The circuit's one adapter is in use on every push, so switching
/// it off (<c>is_enabled: false</c>) removes it, exactly like the delete; switching on the adapter the panel lists
/// changes nothing. Pushes always store with the adapter, so <c>auto_publish: false</c> cannot be honoured and is a
/// 400 rather than a silent no-op. Needs ManagePermissions (or ownership); 404 for another adapter.
/// </summary>
/// <returns>The panel list after the switch.</returns>
public sealed record SwitchCircuitAdapterCommand : ICommand<IReadOnlyList<GatewayCircuitAdapter>>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string AdapterId { get; init; } = string.Empty;
    public bool? IsEnabled { get; init; }
    public bool? AutoPublish { get; init; }
}

internal sealed class SwitchCircuitAdapterCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    Notifier notifications,
    TimeProvider clock) : ICommandHandler<SwitchCircuitAdapterCommand, IReadOnlyList<GatewayCircuitAdapter>>
{
    public async ValueTask<IReadOnlyList<GatewayCircuitAdapter>> Handle(
        SwitchCircuitAdapterCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.ConfigureAdapter, now, cancellationToken);
        GatewayCircuitAdapter.Find(circuit, command.AdapterId);
        if (command.AutoPublish == false)
        {
            throw RequestValidationException.ForField(
                "auto_publish",
                "This circuit stores every pushed item with its adapter; remove the adapter to stop publishing");
        }

        if (command.IsEnabled == false)
        {
            CircuitAdapterChanges.Apply(circuit, adapterType: null, caller, notifications, now);
        }

        return GatewayCircuitAdapter.ListOf(circuit);
    }
}
