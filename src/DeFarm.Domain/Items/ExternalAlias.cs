namespace DeFarm.Domain.Items;

/// <summary>A name an outside party gave an item (e.g. scheme <c>user:&lt;id&gt;</c>), with evidence of who issued it.</summary>
public sealed record ExternalAlias(
    string Scheme, string Value, string IssuerId, DateTimeOffset IssuedAt, string EvidenceHash);
