using FluentValidation;

namespace DeFarm.Application.Circuits.Queries.ListCircuitItems;

internal sealed class ListCircuitItemsQueryValidator : AbstractValidator<ListCircuitItemsQuery>
{
    public ListCircuitItemsQueryValidator() => this.ValidatesPage();
}
