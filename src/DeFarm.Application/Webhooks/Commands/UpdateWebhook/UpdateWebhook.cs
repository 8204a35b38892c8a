using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Webhooks.Commands.UpdateWebhook;

/// <summary>
/// Changes what is given of a webhook (ManagePermissions); a new URL is checked like at creation, headers are
/// replaced as a whole, a retry configuration changes only the values it gives. The signing secret stays.
/// </summary>
public sealed record UpdateWebhookCommand
    : WebhookFields, ICommand<PostActionChangeResponse<WebhookResponse>>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string WebhookId { get; init; } = string.Empty;
}

internal sealed class UpdateWebhookCommandHandler(PostActionLoader loader, IWebhookUrlGuard urlGuard, TimeProvider clock)
    : ICommandHandler<UpdateWebhookCommand, PostActionChangeResponse<WebhookResponse>>
{
    public async ValueTask<PostActionChangeResponse<WebhookResponse>> Handle(
        UpdateWebhookCommand command, CancellationToken cancellationToken)
    {
        var (circuit, webhook) = await loader.LoadWebhookAsync(command.CircuitId, command.WebhookId, cancellationToken);
        var url = command.Url is null ? null : await WebhookUrls.CheckAsync(urlGuard, command.Url, cancellationToken);
        var change = new WebhookChange(
            command.Name,
            url,
            command.Method is null ? null : WebhookWireNames.ParseOr(command.Method, webhook.Method),
            command.Headers,
            command.AuthType is null ? null : WebhookWireNames.ParseOr(command.AuthType, webhook.AuthType),
            command.AuthCredentials,
            command.Enabled,
            command.RetryConfig?.ToPolicy(webhook.RetryPolicy));
        var updated = circuit.UpdateWebhook(webhook.Id, change, clock.GetUtcNow());
        return new(true, "Webhook updated successfully", WebhookResponse.From(updated));
    }
}
