using DeFarm.Application.Common.Interfaces.Persistence;
using Mediator;

namespace DeFarm.Application.Webhooks.Queries.ListWebhookDeliveries;

/// <summary>A circuit's webhook deliveries with their attempts, newest first (ManagePermissions); <c>limit</c> 1–1000, default 50.</summary>
public sealed record ListWebhookDeliveriesQuery : IQuery<WebhookDeliveryListResponse>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    public string CircuitId { get; init; } = string.Empty;
    public int Limit { get; init; } = DefaultLimit;
}

internal sealed class ListWebhookDeliveriesQueryHandler(PostActionLoader loader, IWebhookDeliveryRepository deliveries)
    : IQueryHandler<ListWebhookDeliveriesQuery, WebhookDeliveryListResponse>
{
    public async ValueTask<WebhookDeliveryListResponse> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        var circuit = await loader.LoadCircuitAsync(query.CircuitId, cancellationToken);
        var page = await deliveries.ListForCircuitAsync(circuit.Id, query.Limit, cancellationToken);
        return new WebhookDeliveryListResponse(true, page.Select(WebhookDeliveryResponse.From).ToList(), page.Count);
    }
}
