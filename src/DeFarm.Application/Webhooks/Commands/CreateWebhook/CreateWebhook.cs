using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Webhooks.Commands.CreateWebhook;

/// <summary>
/// Adds a webhook to a circuit (ManagePermissions). The URL must be http(s) and its host must resolve to public
/// addresses only (400 otherwise). A signing secret is generated and answered this once.
/// </summary>
public sealed record CreateWebhookCommand : WebhookFields, ICommand<CreatedWebhookResponse>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
}

internal sealed class CreateWebhookCommandHandler(PostActionLoader loader, IWebhookUrlGuard urlGuard, TimeProvider clock)
    : ICommandHandler<CreateWebhookCommand, CreatedWebhookResponse>
{
    public async ValueTask<CreatedWebhookResponse> Handle(CreateWebhookCommand command, CancellationToken cancellationToken)
    {
        var circuit = await loader.LoadCircuitAsync(command.CircuitId, cancellationToken);
        var url = await WebhookUrls.CheckAsync(urlGuard, command.Url!, cancellationToken);
        var secret = WebhookSignature.NewSecret();
        var webhook = circuit.AddWebhook(
            new WebhookDefinition(
                command.Name!,
                url,
                WebhookWireNames.ParseOr(command.Method, WebhookMethod.Post),
                command.Headers ?? new Dictionary<string, string>(),
                WebhookWireNames.ParseOr(command.AuthType, WebhookAuthType.None),
                command.AuthCredentials,
                command.Enabled ?? true,
                (command.RetryConfig ?? RetryConfigDto.Defaults).ToPolicy(WebhookRetryPolicy.Default)),
            secret,
            clock.GetUtcNow());
        return new CreatedWebhookResponse(true, "Webhook created successfully", WebhookResponse.From(webhook), secret);
    }
}
