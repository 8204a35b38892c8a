using System.Text.Json.Nodes;

namespace DeFarm.Application.Audit;

/// <summary>One change for the audit log; who made it and when come from the request.</summary>
public sealed record AuditRecord(string Action, string ResourceType, string ResourceId, JsonObject? Changes = null);

/// <summary>The actions the audit log records (the front end's vocabulary, spa-contract §3.3, plus enrich and revoke).</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Enrich = "enrich";
    public const string Merge = "merge";
    public const string Split = "split";
    public const string Transfer = "transfer";
    public const string Archive = "archive";
    public const string StatusChange = "status_change";
    public const string Revoke = "revoke";
}

/// <summary>The kinds of resource the audit log names.</summary>
public static class AuditResources
{
    public const string Item = "item";
    public const string Circuit = "circuit";
    public const string Member = "member";
    public const string Snapshot = "snapshot";
    public const string MerkleTree = "merkle_tree";
    public const string ApiKey = "api_key";
    public const string User = "user";
    public const string CanonicalIdentifierType = "canonical_identifier_type";
}
