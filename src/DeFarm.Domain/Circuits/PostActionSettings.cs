namespace DeFarm.Domain.Circuits;

/// <summary>
/// Whether and about what a circuit tells its webhooks (engines-api.md §1.4 PostActionSettings); the webhooks
/// themselves are <see cref="Circuit.Webhooks"/>. Defaults: off, <c>item_pushed</c> only, everything included.
/// </summary>
public sealed class PostActionSettings
{
    private PostActionSettings()
    {
    }

    internal PostActionSettings(
        bool enabled, IEnumerable<WebhookTrigger> triggerEvents, bool includeStorageDetails, bool includeItemMetadata) =>
        Change(enabled, triggerEvents, includeStorageDetails, includeItemMetadata);

    public bool Enabled { get; private set; }
    public List<WebhookTrigger> TriggerEvents { get; private set; } = [];
    public bool IncludeStorageDetails { get; private set; }
    public bool IncludeItemMetadata { get; private set; }

    internal static PostActionSettings Default() => new(false, [WebhookTrigger.ItemPushed], true, true);

    /// <summary>Post actions are on and react to <paramref name="trigger"/>.</summary>
    public bool Fires(WebhookTrigger trigger) => Enabled && TriggerEvents.Contains(trigger);

    internal void Change(
        bool enabled, IEnumerable<WebhookTrigger> triggerEvents, bool includeStorageDetails, bool includeItemMetadata)
    {
        Enabled = enabled;
        TriggerEvents = triggerEvents.Distinct().Order().ToList();
        IncludeStorageDetails = includeStorageDetails;
        IncludeItemMetadata = includeItemMetadata;
    }
}
