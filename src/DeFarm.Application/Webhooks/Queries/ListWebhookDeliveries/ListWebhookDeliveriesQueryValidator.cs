using FluentValidation;

namespace DeFarm.Application.Webhooks.Queries.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesQueryValidator : AbstractValidator<ListWebhookDeliveriesQuery>
{
    public ListWebhookDeliveriesQueryValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, ListWebhookDeliveriesQuery.MaxLimit)
            .WithMessage($"limit must be between 1 and {ListWebhookDeliveriesQuery.MaxLimit}");
}
