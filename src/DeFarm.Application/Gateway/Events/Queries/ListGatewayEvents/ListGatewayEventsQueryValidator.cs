using FluentValidation;

namespace DeFarm.Application.Gateway.Events.Queries.ListGatewayEvents;

internal sealed class ListGatewayEventsQueryValidator : AbstractValidator<ListGatewayEventsQuery>
{
    public ListGatewayEventsQueryValidator() => this.ValidatesPage();
}
