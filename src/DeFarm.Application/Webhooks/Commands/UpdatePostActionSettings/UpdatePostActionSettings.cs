using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Webhooks.Commands.UpdatePostActionSettings;

/// <summary>
/// Changes the post-action settings (ManagePermissions): what is not given keeps its value (the defaults the first
/// time), trigger names that are not triggers are dropped (engines-api.md §4.5). Webhooks are kept.
/// </summary>
public sealed record UpdatePostActionSettingsCommand
    : ICommand<PostActionChangeResponse<PostActionSettingsResponse>>, IRetryOnConcurrentUpdate
{
    public const int MaxTriggerNames = 20;

    public string CircuitId { get; init; } = string.Empty;
    public bool? Enabled { get; init; }
    public IReadOnlyList<string>? TriggerEvents { get; init; }
    public bool? IncludeStorageDetails { get; init; }
    public bool? IncludeItemMetadata { get; init; }
}

internal sealed class UpdatePostActionSettingsCommandHandler(PostActionLoader loader, TimeProvider clock)
    : ICommandHandler<UpdatePostActionSettingsCommand, PostActionChangeResponse<PostActionSettingsResponse>>
{
    public async ValueTask<PostActionChangeResponse<PostActionSettingsResponse>> Handle(
        UpdatePostActionSettingsCommand command, CancellationToken cancellationToken)
    {
        var circuit = await loader.LoadCircuitAsync(command.CircuitId, cancellationToken);
        var triggers = command.TriggerEvents?
            .Select(name => WebhookWireNames.TryParse<WebhookTrigger>(name, out var trigger) ? trigger : (WebhookTrigger?)null)
            .OfType<WebhookTrigger>();
        circuit.ConfigurePostActions(
            command.Enabled, triggers, command.IncludeStorageDetails, command.IncludeItemMetadata, clock.GetUtcNow());
        return new(true, "Post-action settings updated", PostActionSettingsResponse.From(circuit)!);
    }
}
