using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Circuits.Commands.PushItemsBatch;

/// <summary>
/// Pushes several DFIDs to a circuit (<c>POST /api/circuits/:id/push/batch</c>, engines-api.md §3.4), each through
/// the one push pipeline. An entry the caller cannot push (unknown or invisible item, repeated DFID) is reported
/// as failed and the others go on; the pushes that succeed are stored together in one transaction. The
/// <c>data</c> of an entry is ignored, as in the original.
/// </summary>
public sealed record PushItemsBatchCommand : ICommand<PushItemsBatchResult>, IRetryOnConcurrentUpdate
{
    public const int MaxItems = 100;

    public string CircuitId { get; init; } = string.Empty;
    public IReadOnlyList<BatchPushEntry> Items { get; init; } = [];
}

public sealed record BatchPushEntry(string Dfid, JsonObject? Data = null);

public sealed record PushItemsBatchResult(int SuccessCount, int FailedCount, IReadOnlyList<BatchPushOutcome> Results);

public sealed record BatchPushOutcome(
    string Dfid,
    bool Success,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? OperationId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorMessage);

internal sealed class PushItemsBatchCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICircuitRepository circuits,
    PushableItems pushableItems,
    CircuitPushPipeline pipeline,
    TimeProvider clock) : ICommandHandler<PushItemsBatchCommand, PushItemsBatchResult>
{
    public async ValueTask<PushItemsBatchResult> Handle(PushItemsBatchCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Push, now, cancellationToken);
        CircuitPushPipeline.EnsureMayPushTo(circuit, caller);

        var results = new List<BatchPushOutcome>(command.Items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var dfid in command.Items.Select(entry => entry.Dfid))
        {
            if (!seen.Add(dfid))
            {
                results.Add(new BatchPushOutcome(dfid, false, null, "Duplicate DFID in this batch"));
                continue;
            }

            try
            {
                var item = await pushableItems.LoadAsync(dfid, caller, cancellationToken);
                var operation = await pipeline.PushAsync(circuit, item, caller, metadata: null, now, cancellationToken);
                results.Add(new BatchPushOutcome(dfid, true, operation.OperationId, null));
            }
            catch (NotFoundException notFound)
            {
                results.Add(new BatchPushOutcome(dfid, false, null, notFound.Message));
            }
        }

        var succeeded = results.Count(r => r.Success);
        return new PushItemsBatchResult(succeeded, results.Count - succeeded, results);
    }
}
