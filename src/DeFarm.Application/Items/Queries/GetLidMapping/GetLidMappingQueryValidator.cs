using FluentValidation;

namespace DeFarm.Application.Items.Queries.GetLidMapping;

internal sealed class GetLidMappingQueryValidator : AbstractValidator<GetLidMappingQuery>
{
    public GetLidMappingQueryValidator()
    {
        RuleFor(q => q.LocalId).MustBeALid(LocalItemErrors.InvalidLocalId);
    }
}
