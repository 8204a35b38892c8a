namespace DeFarm.Domain.Circuits;

/// <summary>
/// What a public circuit shows and how it admits people, except the list of published items, which the
/// circuit keeps itself (<see cref="Circuit.PublishedItems"/>). The access password is only ever held hashed.
/// </summary>
public sealed record PublicProfile(
    PublicAccessMode AccessMode,
    DateTimeOffset? ScheduledDate = null,
    string? PublicName = null,
    string? PublicDescription = null,
    string? PrimaryColor = null,
    string? SecondaryColor = null,
    string? LogoUrl = null,
    string? Tagline = null,
    string? FooterText = null,
    bool AutoApproveMembers = false,
    bool AutoPublishPushedItems = false,
    bool ShowEncryptedEvents = false,
    string? RequiredEventTypes = null,
    string? DataQualityRules = null,
    ExportPermission? ExportPermissions = null);

/// <summary>The stored public settings of a circuit (engines-api.md §1.4 PublicSettings).</summary>
public sealed class PublicSettings
{
    private PublicSettings()
    {
    }

    internal PublicSettings(PublicProfile profile, string? accessPasswordHash) => Apply(profile, accessPasswordHash);

    public PublicAccessMode AccessMode { get; private set; }
    public DateTimeOffset? ScheduledDate { get; private set; }

    /// <summary>The hash of the access password of a <see cref="PublicAccessMode.Protected"/> circuit.</summary>
    public string? AccessPasswordHash { get; private set; }

    public string? PublicName { get; private set; }
    public string? PublicDescription { get; private set; }
    public string? PrimaryColor { get; private set; }
    public string? SecondaryColor { get; private set; }
    public string? LogoUrl { get; private set; }
    public string? Tagline { get; private set; }
    public string? FooterText { get; private set; }
    public bool AutoApproveMembers { get; private set; }
    public bool AutoPublishPushedItems { get; private set; }
    public bool ShowEncryptedEvents { get; private set; }
    public string? RequiredEventTypes { get; private set; }
    public string? DataQualityRules { get; private set; }
    public ExportPermission? ExportPermissions { get; private set; }

    /// <summary>When the circuit first became <see cref="PublicAccessMode.Public"/>; never moves afterwards.</summary>
    public DateTimeOffset? PublicSince { get; private set; }

    public bool RequiresPassword => AccessMode == PublicAccessMode.Protected;

    internal void Apply(PublicProfile profile, string? accessPasswordHash)
    {
        AccessMode = profile.AccessMode;
        ScheduledDate = profile.ScheduledDate;
        AccessPasswordHash = accessPasswordHash;
        PublicName = profile.PublicName;
        PublicDescription = profile.PublicDescription;
        PrimaryColor = profile.PrimaryColor;
        SecondaryColor = profile.SecondaryColor;
        LogoUrl = profile.LogoUrl;
        Tagline = profile.Tagline;
        FooterText = profile.FooterText;
        AutoApproveMembers = profile.AutoApproveMembers;
        AutoPublishPushedItems = profile.AutoPublishPushedItems;
        ShowEncryptedEvents = profile.ShowEncryptedEvents;
        RequiredEventTypes = profile.RequiredEventTypes;
        DataQualityRules = profile.DataQualityRules;
        ExportPermissions = profile.ExportPermissions;
    }

    internal void ChangeDescription(string? publicDescription) => PublicDescription = publicDescription;

    internal void StampPublicSince(DateTimeOffset now) => PublicSince ??= now;

    internal bool IsOpenAt(DateTimeOffset now) =>
        AccessMode != PublicAccessMode.Scheduled || (ScheduledDate is { } opens && now >= opens);
}
