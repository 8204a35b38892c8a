using DeFarm.Application.Circuits;
using Mediator;

namespace DeFarm.Application.Webhooks.Queries.GetWebhook;

/// <summary>One webhook of a circuit (ManagePermissions), without its credentials or signing secret.</summary>
public sealed record GetWebhookQuery(string CircuitId, string WebhookId) : IQuery<SuccessData<WebhookResponse>>;

internal sealed class GetWebhookQueryHandler(PostActionLoader loader) : IQueryHandler<GetWebhookQuery, SuccessData<WebhookResponse>>
{
    public async ValueTask<SuccessData<WebhookResponse>> Handle(GetWebhookQuery query, CancellationToken cancellationToken)
    {
        var (_, webhook) = await loader.LoadWebhookAsync(query.CircuitId, query.WebhookId, cancellationToken);
        return SuccessData<WebhookResponse>.Of(WebhookResponse.From(webhook));
    }
}
