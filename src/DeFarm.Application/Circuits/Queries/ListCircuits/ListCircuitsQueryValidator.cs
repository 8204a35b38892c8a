using FluentValidation;

namespace DeFarm.Application.Circuits.Queries.ListCircuits;

internal sealed class ListCircuitsQueryValidator : AbstractValidator<ListCircuitsQuery>
{
    public ListCircuitsQueryValidator() => this.ValidatesPage();
}
