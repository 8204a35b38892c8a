using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using Mediator;

namespace DeFarm.Application.Webhooks.Commands.DeleteWebhook;

/// <summary>Removes a webhook (ManagePermissions); its pending deliveries are cancelled when their turn comes.</summary>
public sealed record DeleteWebhookCommand(string CircuitId, string WebhookId) : ICommand<SuccessResponse>, IRetryOnConcurrentUpdate;

internal sealed class DeleteWebhookCommandHandler(PostActionLoader loader, TimeProvider clock)
    : ICommandHandler<DeleteWebhookCommand, SuccessResponse>
{
    public async ValueTask<SuccessResponse> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        var (circuit, webhook) = await loader.LoadWebhookAsync(command.CircuitId, command.WebhookId, cancellationToken);
        circuit.RemoveWebhook(webhook.Id, clock.GetUtcNow());
        return new SuccessResponse(true, "Webhook deleted successfully");
    }
}
