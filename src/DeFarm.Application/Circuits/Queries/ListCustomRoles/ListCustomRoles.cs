using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.ListCustomRoles;

/// <summary>The circuit's custom roles with their member counts, for whoever may see the circuit.</summary>
public sealed record ListCustomRolesQuery(string CircuitId) : IQuery<IReadOnlyList<CustomRoleResponse>>;

internal sealed class ListCustomRolesQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : IQueryHandler<ListCustomRolesQuery, IReadOnlyList<CustomRoleResponse>>
{
    public async ValueTask<IReadOnlyList<CustomRoleResponse>> Handle(
        ListCustomRolesQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.View, clock.GetUtcNow(), cancellationToken);
        return CustomRoleResponse.ListAll(circuit);
    }
}
