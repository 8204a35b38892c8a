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
}
