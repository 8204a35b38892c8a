using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Events;
using Mediator;

namespace DeFarm.Application.Circuits.Queries.GetPublicCircuit;

/// <summary>
/// The public page of a publicly accessible circuit (engines-api.md §3.8), open to anyone: its public profile,
/// the published items and, for each, only its Public events. Nothing else of the circuit appears (no members,
/// unpublished items, other events or the password); <c>recent_activity</c> stays empty because activities name
/// unpublished items. 404 <c>CIRCUIT_NOT_PUBLIC</c> when the circuit is missing or not publicly accessible.
/// </summary>
public sealed record GetPublicCircuitQuery(string CircuitId) : IQuery<SuccessData<PublicCircuitResponse>>
{
    public const int MaxEvents = 1000;
}

public sealed record PublicCircuitResponse(
    Guid CircuitId,
    string PublicName,
    string? PublicDescription,
    string? PrimaryColor,
    string? SecondaryColor,
    string? LogoUrl,
    string? Tagline,
    string? FooterText,
    int MemberCount,
    int ItemsCount,
    int EventsCount,
    string AccessMode,
    bool RequiresPassword,
    bool IsCurrentlyAccessible,
    IReadOnlyList<string> PublishedItems,
    IReadOnlyList<PublishedItemEvents> PublishedItemsWithEvents,
    bool AutoPublishPushedItems,
    DateTimeOffset? PublicSince,
    DateTimeOffset CreatedAt,
    IReadOnlyList<CircuitActivityResponse> RecentActivity);

public sealed record PublishedItemEvents(string Dfid, IReadOnlyList<CircuitEventResponse> Events);

internal sealed class GetPublicCircuitQueryHandler(
    ICircuitRepository circuits, IEventQueries events, TimeProvider clock)
    : IQueryHandler<GetPublicCircuitQuery, SuccessData<PublicCircuitResponse>>
{
    public async ValueTask<SuccessData<PublicCircuitResponse>> Handle(
        GetPublicCircuitQuery query, CancellationToken cancellationToken)
    {
        var circuitId = CircuitLoader.ParseId(query.CircuitId);
        var circuit = await circuits.GetByIdAsync(circuitId, cancellationToken);
        if (circuit is null || !circuit.IsPubliclyAccessible(clock.GetUtcNow()))
        {
            throw CircuitErrors.NotPublic();
        }

        var published = PublicSettingsResponse.PublishedDfids(circuit);
        var publicEvents = published.Count == 0
            ? []
            : await events.ListAsync(
                EventViewer.Anonymous, new EventFilter(Visibility: EventVisibility.Public, Dfids: published),
                GetPublicCircuitQuery.MaxEvents, 0, cancellationToken);
        var eventsByItem = publicEvents.ToLookup(e => e.Dfid);
        var settings = circuit.PublicSettings;
        return SuccessData<PublicCircuitResponse>.Of(new PublicCircuitResponse(
            circuit.Id,
            settings?.PublicName ?? circuit.Name,
            settings?.PublicDescription,
            settings?.PrimaryColor,
            settings?.SecondaryColor,
            settings?.LogoUrl,
            settings?.Tagline,
            settings?.FooterText,
            circuit.Members.Count,
            published.Count,
            publicEvents.Count,
            (settings?.AccessMode ?? PublicAccessMode.Public).ToString().ToLowerInvariant(),
            settings?.RequiresPassword ?? false,
            IsCurrentlyAccessible: true,
            published,
            published.Select(dfid => new PublishedItemEvents(
                dfid, eventsByItem[dfid].Select(CircuitEventResponse.From).ToList())).ToList(),
            settings?.AutoPublishPushedItems ?? false,
            settings?.PublicSince,
            circuit.CreatedAt,
            RecentActivity: []));
    }
}
