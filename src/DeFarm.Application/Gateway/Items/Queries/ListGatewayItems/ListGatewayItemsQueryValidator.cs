using FluentValidation;

namespace DeFarm.Application.Gateway.Items.Queries.ListGatewayItems;

internal sealed class ListGatewayItemsQueryValidator : AbstractValidator<ListGatewayItemsQuery>
{
    public ListGatewayItemsQueryValidator()
    {
        RuleFor(q => q.CircuitId).Must(id => Guid.TryParse(id, out _)).When(q => q.CircuitId is not null)
            .WithMessage("circuit_id must be a circuit id (a UUID)");
        this.ValidatesPage();
    }
}
