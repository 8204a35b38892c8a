using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.ListCircuits;

/// <summary>
/// The circuits the caller belongs to plus, unless <c>include_public=false</c>, those publicly accessible;
/// newest first. The identity is always the caller (a <c>user_id</c> parameter is not honoured, decision 14);
/// a <c>status</c> that is not a status name is ignored.
/// </summary>
public sealed record ListCircuitsQuery : IQuery<IReadOnlyList<CircuitResponse>>, ICircuitPage
{
    public bool? IncludePublic { get; init; }
    public string? Status { get; init; }
    public int Limit { get; init; } = ICircuitPage.DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListCircuitsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitQueries queries, TimeProvider clock)
    : IQueryHandler<ListCircuitsQuery, IReadOnlyList<CircuitResponse>>
{
    public async ValueTask<IReadOnlyList<CircuitResponse>> Handle(ListCircuitsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var filter = new CircuitListFilter(
            caller.Id, query.IncludePublic ?? true, CircuitText.ParseStatusFilter(query.Status), clock.GetUtcNow(),
            query.Limit, query.Offset);
        var page = await queries.ListAsync(filter, cancellationToken);
        return page.Select(c => CircuitResponse.From(c, caller.Id)).ToList();
    }
}
