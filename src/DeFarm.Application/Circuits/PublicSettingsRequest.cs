using System.Globalization;
using System.Text.Json.Serialization;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Circuits;

/// <summary>
/// <c>PublicSettingsRequest</c> of engines-api.md §4.5. <c>access_mode</c> is public/open/protected/scheduled and
/// <c>export_permissions</c> admin/members/public, in any letter case; <c>scheduled_date</c> is RFC 3339.
/// </summary>
public sealed record PublicSettingsRequest
{
    public string? AccessMode { get; init; }
    public string? ScheduledDate { get; init; }
    public string? AccessPassword { get; init; }
    public string? PublicName { get; init; }
    public string? PublicDescription { get; init; }
    public string? PrimaryColor { get; init; }
    public string? SecondaryColor { get; init; }
    public string? LogoUrl { get; init; }
    public string? Tagline { get; init; }
    public string? FooterText { get; init; }
    public IReadOnlyList<string>? PublishedItems { get; init; }
    public bool? AutoApproveMembers { get; init; }
    public bool? AutoPublishPushedItems { get; init; }
    public bool? ShowEncryptedEvents { get; init; }
    public string? RequiredEventTypes { get; init; }
    public string? DataQualityRules { get; init; }
    public string? ExportPermissions { get; init; }

    /// <summary>
    /// The settings to store; 422 <c>validation_error</c> with <c>details</c> for a bad mode, a missing or bad
    /// date, a missing password or a bad export level. A protected circuit that already has a password keeps it
    /// when none is sent (<paramref name="hasStoredPassword"/>), since the password is never returned.
    /// </summary>
    public PublicProfile ToProfile(bool hasStoredPassword)
    {
        var mode = AccessMode?.Trim().ToLowerInvariant() switch
        {
            "public" or "open" => PublicAccessMode.Public,
            "protected" => PublicAccessMode.Protected,
            "scheduled" => PublicAccessMode.Scheduled,
            _ => throw Invalid(
                "access_mode", $"Invalid access mode: {AccessMode}", AccessMode, allowed: ["public", "open", "protected", "scheduled"]),
        };
        DateTimeOffset? scheduledDate = null;
        if (mode == PublicAccessMode.Scheduled)
        {
            scheduledDate = ParseScheduledDate();
        }

        if (mode == PublicAccessMode.Protected && string.IsNullOrEmpty(AccessPassword) && !hasStoredPassword)
        {
            throw Invalid("access_password", "access_password is required for protected access mode");
        }

        return new PublicProfile(
            mode, scheduledDate, PublicName, PublicDescription, PrimaryColor, SecondaryColor, LogoUrl, Tagline,
            FooterText, AutoApproveMembers ?? false, AutoPublishPushedItems ?? false, ShowEncryptedEvents ?? false,
            RequiredEventTypes, DataQualityRules, ParseExportPermissions());
    }

    private DateTimeOffset ParseScheduledDate()
    {
        if (string.IsNullOrWhiteSpace(ScheduledDate))
        {
            throw Invalid("scheduled_date", "scheduled_date is required for scheduled access mode");
        }

        return DateTimeOffset.TryParse(
            ScheduledDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToUniversalTime()
            : throw Invalid(
                "scheduled_date", $"Invalid scheduled_date: {ScheduledDate}", ScheduledDate,
                expectedFormat: "RFC 3339, e.g. 2026-12-31T23:59:59Z");
    }

    private ExportPermission? ParseExportPermissions() => ExportPermissions is null
        ? null
        : CircuitText.TryParse<ExportPermission>(ExportPermissions, out var level)
            ? level
            : throw Invalid(
                "export_permissions", $"Invalid export_permissions: {ExportPermissions}", ExportPermissions,
                allowed: ["admin", "members", "public"]);

    private static UnprocessableEntityException Invalid(
        string field, string issue, string? provided = null, string[]? allowed = null, string? expectedFormat = null) =>
        new("validation_error", issue, new PublicSettingsErrorDetails(field, provided, allowed, expectedFormat, issue));
}

/// <summary>The <c>details</c> of a 422 public-settings error.</summary>
public sealed record PublicSettingsErrorDetails(
    string Field,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? ProvidedValue,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyList<string>? AllowedValues,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    string? ExpectedFormat,
    string Issue);

/// <summary>Bounds of the public-settings texts, the same in both stores.</summary>
internal sealed class PublicSettingsRequestValidator : AbstractValidator<PublicSettingsRequest>
{
    public const int MaxShortText = 255;
    public const int MaxLongText = 5000;
    public const int MaxPasswordLength = 72;
    public const int MaxPublishedItems = 1000;

    public PublicSettingsRequestValidator()
    {
        RuleFor(r => r.AccessMode).MaximumLength(20);
        RuleFor(r => r.ScheduledDate).MaximumLength(64);
        RuleFor(r => r.AccessPassword).MaximumLength(MaxPasswordLength);
        RuleFor(r => r.PublicName).MaximumLength(MaxShortText);
        RuleFor(r => r.PrimaryColor).MaximumLength(50);
        RuleFor(r => r.SecondaryColor).MaximumLength(50);
        RuleFor(r => r.LogoUrl).MaximumLength(2000);
        RuleFor(r => r.Tagline).MaximumLength(MaxShortText);
        RuleFor(r => r.ExportPermissions).MaximumLength(20);
        RuleFor(r => r.PublicDescription).MaximumLength(MaxLongText);
        RuleFor(r => r.FooterText).MaximumLength(MaxLongText);
        RuleFor(r => r.RequiredEventTypes).MaximumLength(MaxLongText);
        RuleFor(r => r.DataQualityRules).MaximumLength(MaxLongText);
        RuleFor(r => r.PublishedItems)
            .Must(items => items!.Count <= MaxPublishedItems && items.All(d => !string.IsNullOrWhiteSpace(d) && d.Length <= 64))
            .WithMessage($"published_items holds at most {MaxPublishedItems} DFIDs")
            .When(r => r.PublishedItems is not null);
    }
}
