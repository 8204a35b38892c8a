using DeFarm.Domain.Common;

namespace DeFarm.Domain.Circuits;

/// <summary>
/// A group of users sharing items (engines-api.md §1.4): its members and what each may do, custom roles, join
/// requests, public settings with the published items, the adapter and alias configuration, and the post actions
/// (webhooks). Holds the invariants of the original's "circuit helper semantics"; who may call which method is
/// decided by the application layer. Every change moves <see cref="LastModified"/> and <see cref="Revision"/>.
/// </summary>
public sealed class Circuit
{
    public const string DefaultNamespaceName = "generic";
    public const int MaxNameLength = 255;
    public const int MaxWebhooks = 20;
    public const int MaxTypeLength = 50;

    private readonly List<CircuitMember> _members = [];
    private readonly List<CustomRole> _customRoles = [];
    private readonly List<JoinRequest> _joinRequests = [];
    private readonly List<PublishedItem> _publishedItems = [];
    private readonly List<Webhook> _webhooks = [];

    private Circuit()
    {
    }

    private Circuit(string name, string description, string ownerId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Name = name;
        Slug = CircuitSlug.For(name, Id);
        Description = description;
        OwnerId = ownerId;
        DefaultNamespace = DefaultNamespaceName;
        Status = CircuitStatus.Active;
        CreatedAt = now;
        LastModified = now;
        _members.Add(new CircuitMember(ownerId, MemberRole.Owner, now));
        _customRoles.AddRange(CustomRole.Defaults(now));
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = string.Empty;

    /// <summary>The circuit's address in public links (<see cref="CircuitSlug"/>); kept when the circuit is renamed.</summary>
    public string Slug { get; private set; } = string.Empty;

    /// <summary>A free label the web front end gives circuits (standard, supply_chain…); no rule depends on it.</summary>
    public string? CircuitType { get; private set; }

    public string Description { get; private set; } = string.Empty;
    public string OwnerId { get; private set; } = string.Empty;
    public string DefaultNamespace { get; private set; } = DefaultNamespaceName;
    public CircuitStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastModified { get; private set; }

    /// <summary>
    /// Counts the changes. Each change thus rewrites the circuit's own row even when only an owned row (a member,
    /// a role, a request) changed and the clock did not move, so two concurrent changes always collide there.
    /// </summary>
    public long Revision { get; private set; }

    public bool RequireApprovalForPush { get; private set; }
    public bool RequireApprovalForPull { get; private set; }
    public bool AllowPublicVisibility { get; private set; }

    /// <summary>
    /// Chosen "restricted" rather than "private": it behaves as private (members only) and is remembered so the
    /// choice reads back as made. Public visibility wins over it.
    /// </summary>
    public bool IsRestricted { get; private set; }

    public CircuitVisibility Visibility => AllowPublicVisibility
        ? CircuitVisibility.Public
        : IsRestricted ? CircuitVisibility.Restricted : CircuitVisibility.Private;

    public bool DiscoveryEnabled { get; private set; }
    public bool Searchable { get; private set; }
    public bool IsPublished { get; private set; }
    public string? PublicContactEmail { get; private set; }
    public string? PublicWebsite { get; private set; }

    /// <summary>How the circuit presents itself in the discovery list of public circuits.</summary>
    public CircuitListing Listing =>
        new(DiscoveryEnabled, Searchable, IsPublished, PublicContactEmail, PublicWebsite);

    /// <summary>Listed for discovery: publicly accessible, active and with discovery enabled.</summary>
    public bool IsDiscoverable(DateTimeOffset now) =>
        DiscoveryEnabled && Status == CircuitStatus.Active && IsPubliclyAccessible(now);
    public IReadOnlyList<CircuitMember> Members => _members;
    public IReadOnlyList<CustomRole> CustomRoles => _customRoles;
    public IReadOnlyList<JoinRequest> JoinRequests => _joinRequests;
    public IReadOnlyList<PublishedItem> PublishedItems => _publishedItems;
    public PublicSettings? PublicSettings { get; private set; }
    public CircuitAdapterConfig? AdapterConfig { get; private set; }
    public CircuitAliasConfig? AliasConfig { get; private set; }

    /// <summary>Whether and about what the webhooks are told; <c>null</c> until post actions are configured.</summary>
    public PostActionSettings? PostActionSettings { get; private set; }

    public IReadOnlyList<Webhook> Webhooks => _webhooks;

    public IEnumerable<JoinRequest> PendingRequests => _joinRequests.Where(r => r.IsPending);

    public JoinRequest? JoinRequestWithId(Guid requestId) => _joinRequests.FirstOrDefault(r => r.Id == requestId);

    /// <summary>A new active circuit whose only member is its owner, with the default roles Owner and Member.</summary>
    public static Circuit Create(string name, string description, string ownerId, DateTimeOffset now)
    {
        EnsureNamed(name);
        return new Circuit(name.Trim(), description, ownerId, now);
    }

    public bool IsOwner(string userId) => OwnerId == userId;

    public bool IsMember(string userId) => IsOwner(userId) || _members.Any(m => m.MemberId == userId);

    public CircuitMember? MemberOf(string userId) => _members.FirstOrDefault(m => m.MemberId == userId);

    /// <summary>The user is a member holding <paramref name="permission"/> (the owner holds them all).</summary>
    public bool HasPermission(string userId, CircuitPermission permission) =>
        MemberOf(userId)?.Holds(permission) ?? false;

    /// <summary>
    /// Visible to the public (engines-api.md §3.8): public visibility allowed, and no settings, or Public, or
    /// Protected (the password guards joining), or Scheduled and the date has come.
    /// </summary>
    public bool IsPubliclyAccessible(DateTimeOffset now) =>
        AllowPublicVisibility && (PublicSettings?.IsOpenAt(now) ?? true);

    /// <summary>Changes what is given; flags left <c>null</c> keep their value.</summary>
    public void Update(
        string? name, string? description, bool? requireApprovalForPush, bool? requireApprovalForPull,
        bool? allowPublicVisibility, DateTimeOffset now)
    {
        if (name is not null)
        {
            EnsureNamed(name);
            Name = name.Trim();
        }

        Description = description ?? Description;
        RequireApprovalForPush = requireApprovalForPush ?? RequireApprovalForPush;
        RequireApprovalForPull = requireApprovalForPull ?? RequireApprovalForPull;
        AllowPublicVisibility = allowPublicVisibility ?? AllowPublicVisibility;
        Touch(now);
    }

    public void Deactivate(DateTimeOffset now)
    {
        if (Status == CircuitStatus.Archived)
        {
            throw new BusinessRuleException("circuit_archived", "An archived circuit cannot be deactivated");
        }

        Status = CircuitStatus.Inactive;
        Touch(now);
    }

    /// <summary>
    /// Retires the circuit for good, keeping its records (items, operations, activities); an archived circuit no
    /// longer counts toward the tier limit and takes no pushes or pulls.
    /// </summary>
    public void Archive(DateTimeOffset now)
    {
        Status = CircuitStatus.Archived;
        Touch(now);
    }

    public void ChangeType(string? circuitType, DateTimeOffset now)
    {
        var trimmed = string.IsNullOrWhiteSpace(circuitType) ? null : circuitType.Trim();
        if (trimmed is { Length: > MaxTypeLength })
        {
            throw new BusinessRuleException("invalid_circuit_type", $"Circuit type must be at most {MaxTypeLength} characters");
        }

        CircuitType = trimmed;
        Touch(now);
    }

    /// <summary>Public opens the circuit to the public (as <c>allow_public_visibility</c>); the others close it.</summary>
    public void ChangeVisibility(CircuitVisibility visibility, DateTimeOffset now)
    {
        AllowPublicVisibility = visibility == CircuitVisibility.Public;
        IsRestricted = visibility == CircuitVisibility.Restricted;
        Touch(now);
    }

    public void ChangeListing(CircuitListing listing, DateTimeOffset now)
    {
        DiscoveryEnabled = listing.DiscoveryEnabled;
        Searchable = listing.Searchable;
        IsPublished = listing.IsPublished;
        PublicContactEmail = listing.ContactEmail;
        PublicWebsite = listing.Website;
        Touch(now);
    }

    /// <summary>
    /// Sets the description shown to the public. It lives in the public settings, which are created (Public mode,
    /// nothing else set) when the circuit has none; that does not open the circuit to the public.
    /// </summary>
    public void DescribePublicly(string? publicDescription, DateTimeOffset now)
    {
        if (PublicSettings is null)
        {
            if (publicDescription is null)
            {
                return;
            }

            PublicSettings = new PublicSettings(new PublicProfile(PublicAccessMode.Public), accessPasswordHash: null);
        }

        PublicSettings.ChangeDescription(publicDescription);
        Touch(now);
    }

    /// <summary>Flips public visibility and answers the new value.</summary>
    public bool ToggleVisibility(DateTimeOffset now)
    {
        AllowPublicVisibility = !AllowPublicVisibility;
        Touch(now);
        return AllowPublicVisibility;
    }

    /// <summary>Adds a member with the role's default permissions; a pending request of theirs is approved.</summary>
    public CircuitMember AddMember(string memberId, MemberRole role, string addedBy, DateTimeOffset now)
    {
        if (IsMember(memberId))
        {
            throw new BusinessRuleException("already_member", "Member is already in the circuit");
        }

        var member = new CircuitMember(memberId, role, now);
        _members.Add(member);
        PendingRequestOf(memberId)?.Decide(JoinRequestStatus.Approved, addedBy, now);
        Touch(now);
        return member;
    }

    public JoinRequest SubmitJoinRequest(string requesterId, string? message, DateTimeOffset now)
    {
        if (IsMember(requesterId))
        {
            throw new BusinessRuleException("already_member", "User is already a member of this circuit");
        }

        if (PendingRequestOf(requesterId) is not null)
        {
            throw new BusinessRuleException(
                "join_request_pending", "User already has a pending request for this circuit");
        }

        var request = new JoinRequest(requesterId, message, now);
        _joinRequests.Add(request);
        Touch(now);
        return request;
    }

    /// <summary>Marks the pending request approved and adds the requester with the role's default permissions.</summary>
    public CircuitMember ApproveJoinRequest(string requesterId, MemberRole role, string approvedBy, DateTimeOffset now)
    {
        var request = PendingRequestOf(requesterId) ?? throw NoPendingRequest();
        request.Decide(JoinRequestStatus.Approved, approvedBy, now);
        var member = new CircuitMember(requesterId, role, now);
        _members.Add(member);
        Touch(now);
        return member;
    }

    public void RejectJoinRequest(string requesterId, string rejectedBy, DateTimeOffset now)
    {
        var request = PendingRequestOf(requesterId) ?? throw NoPendingRequest();
        request.Decide(JoinRequestStatus.Rejected, rejectedBy, now);
        Touch(now);
    }

    public CustomRole? RoleNamed(string roleName) =>
        _customRoles.FirstOrDefault(r => string.Equals(r.RoleName, roleName, StringComparison.OrdinalIgnoreCase));

    public CustomRole CreateRole(
        string roleName, IEnumerable<CircuitPermission> permissions, string description, string? color,
        string createdBy, DateTimeOffset now)
    {
        var name = roleName.Trim();
        if (name.Length == 0)
        {
            throw new BusinessRuleException("invalid_role_name", "Role name is required");
        }

        if (RoleNamed(name) is not null)
        {
            throw new BusinessRuleException("role_exists", $"Role '{name}' already exists");
        }

        var role = new CustomRole(name, permissions, description, color, createdBy, isDefault: false, now);
        _customRoles.Add(role);
        Touch(now);
        return role;
    }

    /// <summary>Changes a role; new permissions replace those of every member holding the role.</summary>
    public CustomRole UpdateRole(
        string roleName, IEnumerable<CircuitPermission>? permissions, string? description, string? color,
        DateTimeOffset now)
    {
        var role = ExistingRole(roleName);
        if (role.IsDefault)
        {
            throw new BusinessRuleException("default_role", $"Cannot update default role '{role.RoleName}'");
        }

        role.Change(permissions, description, color);
        foreach (var member in MembersHolding(role))
        {
            member.TakeCustomRole(role);
        }

        Touch(now);
        return role;
    }

    public void DeleteRole(string roleName, DateTimeOffset now)
    {
        var role = ExistingRole(roleName);
        if (role.IsDefault)
        {
            throw new BusinessRuleException("default_role", "Cannot remove default roles");
        }

        if (MembersHolding(role).Any())
        {
            throw new BusinessRuleException(
                "role_in_use", $"Cannot delete role '{role.RoleName}': it is assigned to members");
        }

        _customRoles.Remove(role);
        Touch(now);
    }

    /// <summary>Gives a member a custom role: its permissions replace theirs. The owner's role never changes.</summary>
    public CircuitMember AssignRole(string memberId, string roleName, DateTimeOffset now)
    {
        var member = MemberOf(memberId)
            ?? throw new BusinessRuleException("member_not_found", "Member not found in circuit");
        if (IsOwner(memberId))
        {
            throw new BusinessRuleException("owner_role_fixed", "The circuit owner's role cannot be changed");
        }

        member.TakeCustomRole(ExistingRole(roleName));
        Touch(now);
        return member;
    }

    /// <summary>Number of members per role name (the custom role when set, else the built-in role).</summary>
    public int CountMembersWithRole(string roleName) =>
        _members.Count(m => string.Equals(m.RoleName, roleName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Replaces the public settings and the published items, and opens the circuit to the public
    /// (engines-api.md §3.8); <c>public_since</c> is stamped the first time the mode is Public and kept
    /// afterwards. Only items of the circuit can be published: <paramref name="circuitItemDfids"/> are those of
    /// <paramref name="publishedDfids"/> the circuit holds.
    /// </summary>
    public void ReplacePublicSettings(
        PublicProfile profile, string? accessPasswordHash, IReadOnlyCollection<string> publishedDfids,
        IReadOnlySet<string> circuitItemDfids, DateTimeOffset now)
    {
        if (publishedDfids.FirstOrDefault(dfid => !circuitItemDfids.Contains(dfid)) is { } stranger)
        {
            throw new BusinessRuleException("not_a_circuit_item", $"Item {stranger} is not in this circuit");
        }

        ApplyPublicSettings(profile, accessPasswordHash, now);
        if (profile.AccessMode == PublicAccessMode.Public)
        {
            PublicSettings!.StampPublicSince(now);
        }

        _publishedItems.RemoveAll(p => !publishedDfids.Contains(p.Dfid));
        foreach (var dfid in publishedDfids.Distinct().Where(dfid => _publishedItems.All(p => p.Dfid != dfid)))
        {
            _publishedItems.Add(new PublishedItem(dfid, now));
        }
    }

    /// <summary>
    /// The public settings given when the circuit is created: public visibility on, nothing published, and
    /// <c>public_since</c> left for the first settings update to stamp (engines-api.md §3.8).
    /// </summary>
    public void SetInitialPublicSettings(PublicProfile profile, string? accessPasswordHash, DateTimeOffset now) =>
        ApplyPublicSettings(profile, accessPasswordHash, now);

    public void ConfigureAdapter(
        CircuitAdapterType? adapterType, bool requiresApproval, bool autoMigrateExisting, bool sponsorAdapterAccess,
        string configuredBy, DateTimeOffset now)
    {
        if (AdapterConfig is null)
        {
            AdapterConfig = new CircuitAdapterConfig(
                adapterType, requiresApproval, autoMigrateExisting, sponsorAdapterAccess, configuredBy, now);
        }
        else
        {
            AdapterConfig.Change(adapterType, requiresApproval, autoMigrateExisting, sponsorAdapterAccess, configuredBy, now);
        }

        Touch(now);
    }

    /// <summary>
    /// Publishes an item just pushed when the public settings ask for it (<c>auto_publish_pushed_items</c>,
    /// decision 10); an item already published stays as it was.
    /// </summary>
    /// <returns>Whether the item was published now.</returns>
    public bool AutoPublish(string dfid, DateTimeOffset now)
    {
        if (PublicSettings is not { AutoPublishPushedItems: true } || _publishedItems.Any(p => p.Dfid == dfid))
        {
            return false;
        }

        _publishedItems.Add(new PublishedItem(dfid, now));
        Touch(now);
        return true;
    }

    /// <summary>Stops publishing an item that leaves the circuit (a pull); public pages show only circuit items.</summary>
    public void Unpublish(string dfid, DateTimeOffset now)
    {
        if (_publishedItems.RemoveAll(p => p.Dfid == dfid) > 0)
        {
            Touch(now);
        }
    }

    public void ConfigureAliases(CircuitAliasConfig aliasConfig, DateTimeOffset now)
    {
        AliasConfig = aliasConfig;
        Touch(now);
    }

    /// <summary>Changes the post-action settings given; the others keep their value (or the default).</summary>
    public PostActionSettings ConfigurePostActions(
        bool? enabled, IEnumerable<WebhookTrigger>? triggerEvents, bool? includeStorageDetails, bool? includeItemMetadata,
        DateTimeOffset now)
    {
        var current = PostActionSettings ?? PostActionSettings.Default();
        current.Change(
            enabled ?? current.Enabled,
            triggerEvents ?? current.TriggerEvents,
            includeStorageDetails ?? current.IncludeStorageDetails,
            includeItemMetadata ?? current.IncludeItemMetadata);
        PostActionSettings = current;
        Touch(now);
        return current;
    }

    public Webhook? WebhookById(Guid webhookId) => _webhooks.FirstOrDefault(w => w.Id == webhookId);

    /// <summary>Adds a webhook; the first one brings the default post-action settings (off until enabled).</summary>
    public Webhook AddWebhook(WebhookDefinition definition, string signingSecret, DateTimeOffset now)
    {
        if (_webhooks.Count >= MaxWebhooks)
        {
            throw new BusinessRuleException("too_many_webhooks", $"A circuit has at most {MaxWebhooks} webhooks");
        }

        var webhook = new Webhook(definition, signingSecret, now);
        _webhooks.Add(webhook);
        PostActionSettings ??= PostActionSettings.Default();
        Touch(now);
        return webhook;
    }

    public Webhook UpdateWebhook(Guid webhookId, WebhookChange change, DateTimeOffset now)
    {
        var webhook = ExistingWebhook(webhookId);
        webhook.Apply(change, now);
        Touch(now);
        return webhook;
    }

    public void RemoveWebhook(Guid webhookId, DateTimeOffset now)
    {
        _webhooks.Remove(ExistingWebhook(webhookId));
        Touch(now);
    }

    /// <summary>The enabled webhooks to tell about <paramref name="trigger"/>: none while post actions are off or ignore it.</summary>
    public IEnumerable<Webhook> WebhooksFiredBy(WebhookTrigger trigger) =>
        PostActionSettings?.Fires(trigger) == true ? _webhooks.Where(w => w.Enabled) : [];

    /// <summary>Scheduled needs a date and Protected a password; the hash is kept only while Protected.</summary>
    private void ApplyPublicSettings(PublicProfile profile, string? accessPasswordHash, DateTimeOffset now)
    {
        if (profile.AccessMode == PublicAccessMode.Scheduled && profile.ScheduledDate is null)
        {
            throw new BusinessRuleException("scheduled_date_required", "Scheduled access requires a scheduled date");
        }

        if (profile.AccessMode == PublicAccessMode.Protected && string.IsNullOrEmpty(accessPasswordHash))
        {
            throw new BusinessRuleException("access_password_required", "Protected access requires an access password");
        }

        var hash = profile.AccessMode == PublicAccessMode.Protected ? accessPasswordHash : null;
        if (PublicSettings is null)
        {
            PublicSettings = new PublicSettings(profile, hash);
        }
        else
        {
            PublicSettings.Apply(profile, hash);
        }

        AllowPublicVisibility = true;
        Touch(now);
    }

    private JoinRequest? PendingRequestOf(string requesterId) =>
        _joinRequests.FirstOrDefault(r => r.RequesterId == requesterId && r.IsPending);

    private CustomRole ExistingRole(string roleName) =>
        RoleNamed(roleName.Trim()) ?? throw new BusinessRuleException("role_not_found", $"Role '{roleName}' not found");

    private IEnumerable<CircuitMember> MembersHolding(CustomRole role) =>
        _members.Where(m => m.CustomRoleName == role.RoleName);

    private Webhook ExistingWebhook(Guid webhookId) =>
        WebhookById(webhookId) ?? throw new BusinessRuleException("webhook_not_found", "Webhook not found");

    private static BusinessRuleException NoPendingRequest() =>
        new("join_request_not_found", "No pending request found for this user");

    private static void EnsureNamed(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new BusinessRuleException("invalid_circuit_name", "Circuit name is required");
        }
    }

    private void Touch(DateTimeOffset now)
    {
        LastModified = now;
        Revision++;
    }
}
