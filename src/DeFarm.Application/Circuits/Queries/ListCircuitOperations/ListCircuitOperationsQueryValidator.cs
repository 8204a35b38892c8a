using FluentValidation;

namespace DeFarm.Application.Circuits.Queries.ListCircuitOperations;

internal sealed class ListCircuitOperationsQueryValidator : AbstractValidator<ListCircuitOperationsQuery>
{
    public ListCircuitOperationsQueryValidator() => this.ValidatesPage();
}
