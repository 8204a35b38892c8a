using DeFarm.Application.Circuits;
using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Gateway.Circuits.Queries.ListJoinRequests;

internal sealed class ListJoinRequestsQueryValidator : AbstractValidator<ListJoinRequestsQuery>
{
    public ListJoinRequestsQueryValidator() =>
        RuleFor(q => q.Status)
            .Must(status => string.IsNullOrWhiteSpace(status) || CircuitText.TryParse<JoinRequestStatus>(status, out _))
            .WithMessage("status must be pending, approved or rejected");
}
