using DeFarm.Application.Circuits;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Gateway.Circuits;

/// <summary>
/// A circuit as the web front end reads it (spa-contract §3.4): status PascalCase, visibility lower-case, the
/// discovery fields at the top level and the engine-style <c>members[]</c> (<c>joined_timestamp</c> in Unix
/// seconds). <c>public_description</c> and <c>public_logo_url</c> come from the public settings.
/// </summary>
public sealed record GatewayCircuit(
    Guid Id,
    string Name,
    string Description,
    string? CircuitType,
    string Visibility,
    string Status,
    string OwnerId,
    bool IsArchived,
    bool IsPublished,
    bool DiscoveryEnabled,
    bool Searchable,
    string Slug,
    string? PublicDescription,
    string? PublicContactEmail,
    string? PublicWebsite,
    string? PublicLogoUrl,
    int MemberCount,
    IReadOnlyList<CircuitMemberResponse> Members,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static GatewayCircuit From(Circuit circuit) => new(
        circuit.Id,
        circuit.Name,
        circuit.Description,
        circuit.CircuitType,
        VisibilityName(circuit.Visibility),
        circuit.Status.ToString(),
        circuit.OwnerId,
        circuit.Status == CircuitStatus.Archived,
        circuit.IsPublished,
        circuit.DiscoveryEnabled,
        circuit.Searchable,
        circuit.Slug,
        circuit.PublicSettings?.PublicDescription,
        circuit.PublicContactEmail,
        circuit.PublicWebsite,
        circuit.PublicSettings?.LogoUrl,
        circuit.Members.Count,
        CircuitMemberResponse.ListAll(circuit),
        circuit.CreatedAt,
        circuit.LastModified);

    public static string VisibilityName(CircuitVisibility visibility) => visibility.ToString().ToLowerInvariant();
}

public sealed record GatewayCircuitList(IReadOnlyList<GatewayCircuit> Circuits, int Count);

/// <summary>A join request as the front end reads it: status lower-case, the requester as <c>user_id</c>.</summary>
public sealed record GatewayJoinRequest(
    Guid Id,
    Guid CircuitId,
    string UserId,
    string Status,
    string? Message,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReviewedAt,
    string? ReviewedBy)
{
    public static GatewayJoinRequest From(Circuit circuit, JoinRequest request) => new(
        request.Id,
        circuit.Id,
        request.RequesterId,
        request.Status.ToString().ToLowerInvariant(),
        request.Message,
        request.RequestedAt,
        request.DecidedAt,
        request.DecidedBy);
}
