using DeFarm.Application.Circuits;
using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

/// <summary>
/// A circuit and everything it owns, relationally (decision 15: nothing dropped on reload): members, custom roles,
/// join requests, published items and webhooks in their own tables; public settings, adapter, alias and
/// post-action configuration in one-row tables that exist only when the circuit has them.
/// </summary>
internal sealed class CircuitConfiguration : IEntityTypeConfiguration<Circuit>
{
    public const string CircuitIdColumn = "circuit_id";
    public const string RoleNameIndex = "ux_circuit_custom_roles_role_name";
    public const string PendingJoinRequestIndex = "ux_circuit_join_requests_pending";
    public const string SlugIndex = "ux_circuits_slug";
    public const string DiscoverableIndex = "ix_circuits_discoverable_created_at";
    public const string JoinRequestIdIndex = "ux_circuit_join_requests_request_id";

    public void Configure(EntityTypeBuilder<Circuit> builder)
    {
        builder.ToTable("circuits");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName(CircuitIdColumn).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Circuit.MaxNameLength);
        builder.Property(c => c.Slug).HasMaxLength(CircuitSlug.MaxLength);
        builder.Property(c => c.CircuitType).HasMaxLength(Circuit.MaxTypeLength);
        builder.Property(c => c.PublicContactEmail).HasMaxLength(254);
        builder.Property(c => c.PublicWebsite).HasMaxLength(2000);
        builder.Ignore(c => c.Visibility);
        builder.Ignore(c => c.Listing);
        builder.Property(c => c.Description).HasMaxLength(CircuitRules.MaxDescriptionLength);
        builder.Property(c => c.OwnerId).HasMaxLength(255);
        builder.Property(c => c.DefaultNamespace).HasMaxLength(50);
        builder.Property(c => c.Status).HasMaxLength(20).HasConversion<string>();
        builder.Ignore(c => c.PendingRequests);

        builder.OwnsMany(c => c.Members, member =>
        {
            member.ToTable("circuit_members");
            member.WithOwner().HasForeignKey(CircuitIdColumn);
            member.HasKey(CircuitIdColumn, nameof(CircuitMember.MemberId));
            member.Property(m => m.MemberId).HasMaxLength(255);
            member.Property(m => m.Role).HasMaxLength(20).HasConversion<string>();
            member.Property(m => m.CustomRoleName).HasMaxLength(CircuitRules.MaxRoleNameLength);
            member.PrimitiveCollection(m => m.Permissions).ElementType(e => e.HasConversion<string>());
            member.Ignore(m => m.RoleName);
            // Membership lookups by user: list and visibility queries, and the circuit-membership port.
            member.HasIndex(m => m.MemberId);
        });
        builder.OwnsMany(c => c.CustomRoles, role =>
        {
            role.ToTable("circuit_custom_roles");
            role.WithOwner().HasForeignKey(CircuitIdColumn);
            role.HasKey(r => r.RoleId);
            role.Property(r => r.RoleId).ValueGeneratedNever();
            role.Property(r => r.RoleName).HasMaxLength(CircuitRules.MaxRoleNameLength);
            role.PrimitiveCollection(r => r.Permissions).ElementType(e => e.HasConversion<string>());
            role.Property(r => r.Description).HasMaxLength(CircuitRules.MaxDescriptionLength);
            role.Property(r => r.Color).HasMaxLength(CircuitRules.MaxColorLength);
            role.Property(r => r.CreatedBy).HasMaxLength(255);
            role.HasIndex(CircuitIdColumn, nameof(CustomRole.RoleName)).IsUnique().HasDatabaseName(RoleNameIndex);
        });
        builder.OwnsMany(c => c.JoinRequests, request =>
        {
            request.ToTable("circuit_join_requests");
            request.WithOwner().HasForeignKey(CircuitIdColumn);
            request.Property<long>("id");
            request.HasKey("id");
            request.Property(r => r.Id).HasColumnName("request_id").ValueGeneratedNever();
            request.HasIndex(r => r.Id).IsUnique().HasDatabaseName(JoinRequestIdIndex);
            request.Property(r => r.RequesterId).HasMaxLength(255);
            request.Property(r => r.Message).HasMaxLength(CircuitRules.MaxMessageLength);
            request.Property(r => r.Status).HasMaxLength(20).HasConversion<string>();
            request.Property(r => r.DecidedBy).HasMaxLength(255);
            request.Ignore(r => r.IsPending);
            request.HasIndex(CircuitIdColumn);
            // At most one pending request per user and circuit, even for requests racing each other.
            request.HasIndex(CircuitIdColumn, nameof(JoinRequest.RequesterId)).IsUnique()
                .HasFilter("status = 'Pending'").HasDatabaseName(PendingJoinRequestIndex);
        });
        builder.OwnsMany(c => c.PublishedItems, published =>
        {
            published.ToTable("circuit_published_items");
            published.WithOwner().HasForeignKey(CircuitIdColumn);
            published.HasKey(CircuitIdColumn, nameof(PublishedItem.Dfid));
            published.Property(p => p.Dfid).HasMaxLength(64);
            // "Is this item published by a public circuit?" (item visibility).
            published.HasIndex(p => p.Dfid);
        });
        builder.OwnsOne(c => c.PublicSettings, settings =>
        {
            settings.ToTable("circuit_public_settings");
            settings.WithOwner().HasForeignKey(CircuitIdColumn);
            settings.Property(s => s.AccessMode).HasMaxLength(20).HasConversion<string>();
            settings.Property(s => s.AccessPasswordHash).HasMaxLength(100);
            settings.Property(s => s.PublicName).HasMaxLength(255);
            settings.Property(s => s.PublicDescription).HasMaxLength(CircuitRules.MaxDescriptionLength);
            settings.Property(s => s.PrimaryColor).HasMaxLength(CircuitRules.MaxColorLength);
            settings.Property(s => s.SecondaryColor).HasMaxLength(CircuitRules.MaxColorLength);
            settings.Property(s => s.LogoUrl).HasMaxLength(2000);
            settings.Property(s => s.Tagline).HasMaxLength(255);
            settings.Property(s => s.FooterText).HasMaxLength(CircuitRules.MaxDescriptionLength);
            settings.Property(s => s.RequiredEventTypes).HasMaxLength(CircuitRules.MaxDescriptionLength);
            settings.Property(s => s.DataQualityRules).HasMaxLength(CircuitRules.MaxDescriptionLength);
            settings.Property(s => s.ExportPermissions).HasMaxLength(20).HasConversion<string>();
            settings.Ignore(s => s.RequiresPassword);
        });
        builder.OwnsOne(c => c.AdapterConfig, adapter =>
        {
            adapter.ToTable("circuit_adapter_configs");
            adapter.WithOwner().HasForeignKey(CircuitIdColumn);
            adapter.Property(a => a.AdapterType).HasMaxLength(CircuitAdapterType.MaxLength)
                .HasConversion(type => type!.Value.Name, name => CircuitAdapterType.FromStored(name));
            adapter.Property(a => a.ConfiguredBy).HasMaxLength(255);
        });
        builder.OwnsOne(c => c.AliasConfig, aliases =>
        {
            aliases.ToTable("circuit_alias_configs");
            aliases.WithOwner().HasForeignKey(CircuitIdColumn);
        });

        builder.OwnsOne(c => c.PostActionSettings, settings =>
        {
            settings.ToTable("circuit_post_action_settings");
            settings.WithOwner().HasForeignKey(CircuitIdColumn);
            settings.PrimitiveCollection(s => s.TriggerEvents).ElementType(e => e.HasConversion<string>());
        });
        builder.OwnsMany(c => c.Webhooks, webhook =>
        {
            webhook.ToTable("circuit_webhooks");
            webhook.WithOwner().HasForeignKey(CircuitIdColumn);
            webhook.HasKey(w => w.Id);
            webhook.Property(w => w.Id).HasColumnName("webhook_id").ValueGeneratedNever();
            webhook.Property(w => w.Name).HasMaxLength(Webhook.MaxNameLength);
            webhook.Property(w => w.Url).HasMaxLength(Webhook.MaxUrlLength);
            webhook.Property(w => w.Method).HasMaxLength(10).HasConversion<string>();
            webhook.Property(w => w.Headers).HasJsonbConversion();
            webhook.Property(w => w.AuthType).HasMaxLength(20).HasConversion<string>();
            webhook.Property(w => w.AuthCredentials).HasMaxLength(WebhookHeaderRules.MaxHeaderLength);
            webhook.Property(w => w.SigningSecret).HasMaxLength(64);
            webhook.Ignore(w => w.HeaderPairs);
            webhook.OwnsOne(w => w.RetryPolicy);
            webhook.Navigation(w => w.RetryPolicy).IsRequired();
            webhook.HasIndex(CircuitIdColumn);
        });

        builder.HasIndex(c => new { c.OwnerId, c.Status });
        builder.HasIndex(c => c.CreatedAt);
        builder.HasIndex(c => new { c.AllowPublicVisibility, c.CreatedAt });
        builder.HasIndex(c => c.Slug).IsUnique().HasDatabaseName(SlugIndex);
        // The discovery list: few circuits enable discovery, so the index holds only those.
        builder.HasIndex(c => c.CreatedAt, DiscoverableIndex).HasFilter("discovery_enabled").HasDatabaseName(DiscoverableIndex);
        builder.HasRowVersion();
    }
}
