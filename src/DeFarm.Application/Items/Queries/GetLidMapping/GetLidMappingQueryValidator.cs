using FluentValidation;

namespace DeFarm.Application.Items.Queries.GetLidMapping;

internal sealed class GetLidMappingQueryValidator : AbstractValidator<GetLidMappingQuery>
{
    public GetLidMappingQueryValidator()
    {
        RuleFor(q => q.LocalId).Must(lid => Guid.TryParse(lid, out _)).WithMessage(LocalItemErrors.InvalidLocalId);
    }
}
