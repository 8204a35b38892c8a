using DeFarm.Application.Circuits;
using DeFarm.Application.Webhooks;
using DeFarm.Application.Webhooks.Commands.CreateWebhook;
using DeFarm.Application.Webhooks.Commands.DeleteWebhook;
using DeFarm.Application.Webhooks.Commands.TestWebhook;
using DeFarm.Application.Webhooks.Commands.UpdatePostActionSettings;
using DeFarm.Application.Webhooks.Commands.UpdateWebhook;
using DeFarm.Application.Webhooks.Queries.GetPostActionSettings;
using DeFarm.Application.Webhooks.Queries.GetWebhook;
using DeFarm.Application.Webhooks.Queries.ListWebhookDeliveries;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>
/// Post actions of a circuit (engines-api.md §4.5, §3.12): settings, webhooks, a test send and the delivery log.
/// Every route needs ManagePermissions; credentials and signing secrets are never answered (the secret once,
/// at creation).
/// </summary>
[ApiController]
[Route("api/circuits/{id}/post-actions")]
public sealed class CircuitPostActionsController(ISender sender) : ControllerBase
{
    [HttpGet]
    public async Task<SuccessData<PostActionSettingsResponse?>> GetSettings(string id, CancellationToken cancellationToken) =>
        await sender.Send(new GetPostActionSettingsQuery(id), cancellationToken);

    /// <summary>Changes what is given; unknown trigger names are dropped.</summary>
    [HttpPut]
    public async Task<PostActionChangeResponse<PostActionSettingsResponse>> UpdateSettings(
        string id, PostActionSettingsRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new UpdatePostActionSettingsCommand
            {
                CircuitId = id,
                Enabled = request.Enabled,
                TriggerEvents = request.TriggerEvents,
                IncludeStorageDetails = request.IncludeStorageDetails,
                IncludeItemMetadata = request.IncludeItemMetadata,
            },
            cancellationToken);

    /// <summary>Adds a webhook (400 for a URL that is not http(s) or reaches an internal address); answers its signing secret once.</summary>
    [HttpPost("webhooks")]
    public async Task<CreatedWebhookResponse> CreateWebhook(
        string id, WebhookRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new CreateWebhookCommand
            {
                CircuitId = id, Name = request.Name, Url = request.Url, Method = request.Method, Headers = request.Headers,
                AuthType = request.AuthType, AuthCredentials = request.AuthCredentials, Enabled = request.Enabled,
                RetryConfig = request.RetryConfig,
            },
            cancellationToken);

    [HttpGet("webhooks/{webhook_id}")]
    public async Task<SuccessData<WebhookResponse>> GetWebhook(
        string id, [FromRoute(Name = "webhook_id")] string webhookId, CancellationToken cancellationToken) =>
        await sender.Send(new GetWebhookQuery(id, webhookId), cancellationToken);

    /// <summary>Changes what is given of a webhook.</summary>
    [HttpPut("webhooks/{webhook_id}")]
    public async Task<PostActionChangeResponse<WebhookResponse>> UpdateWebhook(
        string id, [FromRoute(Name = "webhook_id")] string webhookId, WebhookRequest request,
        CancellationToken cancellationToken) =>
        await sender.Send(
            new UpdateWebhookCommand
            {
                CircuitId = id, WebhookId = webhookId, Name = request.Name, Url = request.Url, Method = request.Method,
                Headers = request.Headers, AuthType = request.AuthType, AuthCredentials = request.AuthCredentials,
                Enabled = request.Enabled, RetryConfig = request.RetryConfig,
            },
            cancellationToken);

    [HttpDelete("webhooks/{webhook_id}")]
    public async Task<SuccessResponse> DeleteWebhook(
        string id, [FromRoute(Name = "webhook_id")] string webhookId, CancellationToken cancellationToken) =>
        await sender.Send(new DeleteWebhookCommand(id, webhookId), cancellationToken);

    /// <summary>Sends a test payload now and answers the recorded delivery.</summary>
    [HttpPost("webhooks/{webhook_id}/test")]
    public async Task<WebhookTestResponse> TestWebhook(
        string id, [FromRoute(Name = "webhook_id")] string webhookId, CancellationToken cancellationToken) =>
        await sender.Send(new TestWebhookCommand(id, webhookId), cancellationToken);

    /// <summary>The circuit's deliveries with their attempts, newest first.</summary>
    [HttpGet("deliveries")]
    public async Task<WebhookDeliveryListResponse> ListDeliveries(
        string id, [FromQuery] int limit = ListWebhookDeliveriesQuery.DefaultLimit, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListWebhookDeliveriesQuery { CircuitId = id, Limit = limit }, cancellationToken);

    public sealed record PostActionSettingsRequest(
        bool? Enabled, IReadOnlyList<string>? TriggerEvents, bool? IncludeStorageDetails, bool? IncludeItemMetadata);

    public sealed record WebhookRequest(
        string? Name,
        string? Url,
        string? Method,
        IReadOnlyDictionary<string, string>? Headers,
        string? AuthType,
        string? AuthCredentials,
        bool? Enabled,
        RetryConfigDto? RetryConfig);
}
