using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Domain.Circuits;

/// <summary>
/// What a circuit requires of the identifiers pushed into it (engines-api.md §1.1): required canonical
/// registries and contextual keys, allowed namespaces (<c>null</c> = any), fingerprint deduplication and whether
/// blank namespaces get the circuit's default.
/// </summary>
public sealed class CircuitAliasConfig
{
    private CircuitAliasConfig()
    {
    }

    public CircuitAliasConfig(
        IEnumerable<string> requiredCanonical, IEnumerable<string> requiredContextual, bool useFingerprint,
        IEnumerable<string>? allowedNamespaces, bool autoApplyNamespace)
    {
        RequiredCanonical = requiredCanonical.Distinct().ToList();
        RequiredContextual = requiredContextual.Distinct().ToList();
        UseFingerprint = useFingerprint;
        AllowedNamespaces = allowedNamespaces?.Distinct().ToList();
        AutoApplyNamespace = autoApplyNamespace;
    }

    public List<string> RequiredCanonical { get; private set; } = [];
    public List<string> RequiredContextual { get; private set; } = [];
    public bool UseFingerprint { get; private set; }
    public List<string>? AllowedNamespaces { get; private set; }
    public bool AutoApplyNamespace { get; private set; }

    /// <summary>
    /// The circuit requirements of a push (engines-api.md §3.3 step 3): every namespace allowed, every required
    /// canonical registry and contextual key present, every identifier valid. Throws a 400 naming the first
    /// unmet requirement.
    /// </summary>
    public void EnsureSatisfiedBy(IReadOnlyList<Identifier> identifiers)
    {
        if (AllowedNamespaces is { } allowed && identifiers.FirstOrDefault(i => !allowed.Contains(i.Namespace)) is { } outsider)
        {
            throw new BusinessRuleException(
                "namespace_not_allowed", $"Namespace '{outsider.Namespace}' not allowed in this circuit");
        }

        var registries = identifiers.Where(i => i.Kind == IdentifierKind.Canonical).Select(i => i.Registry ?? i.Key).ToHashSet();
        if (RequiredCanonical.FirstOrDefault(r => !registries.Contains(r)) is { } missingRegistry)
        {
            throw new BusinessRuleException(
                "missing_required_identifier", $"Missing required canonical identifier: {missingRegistry}");
        }

        var keys = identifiers.Where(i => i.Kind == IdentifierKind.Contextual).Select(i => i.Key).ToHashSet();
        if (RequiredContextual.FirstOrDefault(k => !keys.Contains(k)) is { } missingKey)
        {
            throw new BusinessRuleException(
                "missing_required_identifier", $"Missing required contextual identifier: {missingKey}");
        }

        if (identifiers.FirstOrDefault(i => i.FindViolation() is not null) is { } invalid)
        {
            throw new BusinessRuleException("invalid_identifier", $"Invalid identifier format: {invalid.UniqueKey}");
        }
    }
}
