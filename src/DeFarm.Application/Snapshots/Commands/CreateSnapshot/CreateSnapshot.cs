using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Snapshots;
using Mediator;

namespace DeFarm.Application.Snapshots.Commands.CreateSnapshot;

/// <summary>
/// Captures a circuit or an item now (<see cref="SnapshotCapture"/>) and keeps it with a Merkle tree over what was
/// captured. The resource is <c>resource_id</c>, else <c>circuit_id</c>; the creator is the caller.
/// </summary>
public sealed record CreateSnapshotCommand : ICommand<SnapshotSummary>
{
    public const string DefaultType = "manual";
    public const string DefaultResourceType = "circuit";

    public string SnapshotName { get; init; } = string.Empty;
    public string? SnapshotType { get; init; }
    public string? ResourceType { get; init; }
    public string? ResourceId { get; init; }
    public string? CircuitId { get; init; }
    public string? Description { get; init; }

    internal string Type => (SnapshotType ?? DefaultType).Trim().ToLowerInvariant();

    internal string? Resource => string.IsNullOrWhiteSpace(ResourceId) ? CircuitId : ResourceId;

    internal SnapshotResourceType? ParsedResourceType =>
        Enum.TryParse<SnapshotResourceType>((ResourceType ?? DefaultResourceType).Trim(), ignoreCase: true, out var type)
        && Enum.IsDefined(type)
            ? type
            : null;
}

internal sealed class CreateSnapshotCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    SnapshotCapture capture,
    ISnapshotRepository snapshots,
    TimeProvider clock) : ICommandHandler<CreateSnapshotCommand, SnapshotSummary>
{
    public async ValueTask<SnapshotSummary> Handle(CreateSnapshotCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var resourceType = command.ParsedResourceType!.Value;
        var captured = await capture.CaptureAsync(resourceType, command.Resource!.Trim(), caller, cancellationToken);
        var snapshot = Snapshot.Take(
            command.SnapshotName, command.Type, resourceType, captured.ResourceId, command.Description, caller.Id,
            captured.Leaves, clock.GetUtcNow());
        snapshots.Add(snapshot);
        return SnapshotSummary.From(snapshot);
    }
}
