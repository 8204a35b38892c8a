using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// The circuit and webhook a post-action route names, for a caller holding ManagePermissions (engines-api.md
/// §3.7: 404 when the circuit is hidden from them, 403 when they may see it but lack the permission).
/// </summary>
internal sealed class PostActionLoader(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
{
    public async Task<Circuit> LoadCircuitAsync(string circuitId, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        return await CircuitLoader.LoadForAsync(
            circuits, circuitId, caller.Id, CircuitAction.ManagePostActions, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The circuit and its webhook; 404 without post-action settings or without that webhook.</summary>
    public async Task<(Circuit Circuit, Webhook Webhook)> LoadWebhookAsync(
        string circuitId, string webhookId, CancellationToken cancellationToken)
    {
        var circuit = await LoadCircuitAsync(circuitId, cancellationToken);
        if (circuit.PostActionSettings is null)
        {
            throw WebhookErrors.SettingsNotConfigured();
        }

        var webhook = (Guid.TryParse(webhookId, out var id) ? circuit.WebhookById(id) : null)
            ?? throw WebhookErrors.NotFound();
        return (circuit, webhook);
    }
}
