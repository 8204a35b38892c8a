using FluentValidation;

namespace DeFarm.Application.Circuits.Queries.ListCircuitActivities;

internal sealed class ListCircuitActivitiesQueryValidator : AbstractValidator<ListCircuitActivitiesQuery>
{
    public ListCircuitActivitiesQueryValidator() => this.ValidatesPage();
}
