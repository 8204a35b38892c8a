using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.ListCircuitOperations;

/// <summary>A circuit's pushes and pulls (only the pending ones when asked), newest first, for its members.</summary>
public sealed record ListCircuitOperationsQuery : IQuery<IReadOnlyList<CircuitOperationResponse>>, ICircuitPage
{
    public string CircuitId { get; init; } = string.Empty;
    public bool PendingOnly { get; init; }
    public int Limit { get; init; } = ICircuitPage.DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListCircuitOperationsQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    ICircuitOperationRepository operations,
    TimeProvider clock) : IQueryHandler<ListCircuitOperationsQuery, IReadOnlyList<CircuitOperationResponse>>
{
    public async ValueTask<IReadOnlyList<CircuitOperationResponse>> Handle(
        ListCircuitOperationsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, query.CircuitId, caller.Id, CircuitAction.ViewContents, clock.GetUtcNow(), cancellationToken);
        var status = query.PendingOnly ? CircuitOperationStatus.Pending : (CircuitOperationStatus?)null;
        var page = await operations.ListAsync(circuit.Id, type: null, status, query.Limit, query.Offset, cancellationToken);
        return page.Select(CircuitOperationResponse.From).ToList();
    }
}
