using DeFarm.Domain.Snapshots;
using FluentValidation;

namespace DeFarm.Application.Snapshots.Commands.CreateSnapshot;

internal sealed class CreateSnapshotCommandValidator : AbstractValidator<CreateSnapshotCommand>
{
    public CreateSnapshotCommandValidator()
    {
        RuleFor(c => c.SnapshotName)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("snapshot_name is required")
            .MaximumLength(Snapshot.MaxNameLength).WithMessage($"snapshot_name must be at most {Snapshot.MaxNameLength} characters");
        RuleFor(c => c.Type)
            .Must(Snapshot.Types.Contains).OverridePropertyName(nameof(CreateSnapshotCommand.SnapshotType))
            .WithMessage($"snapshot_type must be one of {string.Join(", ", Snapshot.Types.Order())}");
        RuleFor(c => c.ParsedResourceType)
            .NotNull().OverridePropertyName(nameof(CreateSnapshotCommand.ResourceType))
            .WithMessage("resource_type must be circuit or item: only circuits and items can be snapshotted");
        RuleFor(c => c.Resource)
            .Must(id => !string.IsNullOrWhiteSpace(id)).OverridePropertyName(nameof(CreateSnapshotCommand.ResourceId))
            .WithMessage("resource_id (or circuit_id) is required");
        RuleFor(c => c.Description)
            .MaximumLength(Snapshot.MaxDescriptionLength)
            .WithMessage($"description must be at most {Snapshot.MaxDescriptionLength} characters");
    }
}
