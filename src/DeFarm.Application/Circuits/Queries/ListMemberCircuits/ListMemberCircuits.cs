using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.ListMemberCircuits;

/// <summary>The circuits a user owns or belongs to, newest first; only that user may ask (403 otherwise).</summary>
public sealed record ListMemberCircuitsQuery(string MemberId) : IQuery<IReadOnlyList<CircuitResponse>>;

internal sealed class ListMemberCircuitsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitQueries queries)
    : IQueryHandler<ListMemberCircuitsQuery, IReadOnlyList<CircuitResponse>>
{
    public async ValueTask<IReadOnlyList<CircuitResponse>> Handle(
        ListMemberCircuitsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        if (query.MemberId != caller.Id)
        {
            throw CircuitErrors.NotYourMemberships();
        }

        var circuits = await queries.ListOfMemberAsync(caller.Id, cancellationToken);
        return circuits.Select(c => CircuitResponse.From(c, caller.Id)).ToList();
    }
}
