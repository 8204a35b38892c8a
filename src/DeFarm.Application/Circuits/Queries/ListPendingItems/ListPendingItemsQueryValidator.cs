using FluentValidation;

namespace DeFarm.Application.Circuits.Queries.ListPendingItems;

internal sealed class ListPendingItemsQueryValidator : AbstractValidator<ListPendingItemsQuery>
{
    public ListPendingItemsQueryValidator() => this.ValidatesPage();
}
