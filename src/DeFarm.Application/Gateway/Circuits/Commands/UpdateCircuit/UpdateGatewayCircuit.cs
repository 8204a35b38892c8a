using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Circuits;
using Mediator;

namespace DeFarm.Application.Gateway.Circuits.Commands.UpdateCircuit;

/// <summary>
/// The front end's circuit edit (owner or ManagePermissions, as the engines update): name, description, type,
/// visibility, and the discovery fields it sends inside <see cref="Metadata"/>. Whatever is not sent keeps its
/// value; a blank text clears it.
/// </summary>
public sealed record UpdateGatewayCircuitCommand : ICommand<GatewayCircuit>, IRetryOnConcurrentUpdate
{
    public string CircuitId { get; init; } = string.Empty;
    public string? Name { get; init; }
    public string? Description { get; init; }
    public string? CircuitType { get; init; }
    public string? Visibility { get; init; }
    public CircuitListingChange? Metadata { get; init; }
}

/// <summary>The discovery fields of the edit form, which the front end sends in <c>metadata</c>.</summary>
public sealed record CircuitListingChange
{
    public bool? DiscoveryEnabled { get; init; }
    public bool? Searchable { get; init; }
    public bool? IsPublished { get; init; }
    public string? PublicDescription { get; init; }
    public string? PublicContactEmail { get; init; }
    public string? PublicWebsite { get; init; }

    public CircuitListing AppliedTo(CircuitListing current) => new(
        DiscoveryEnabled ?? current.DiscoveryEnabled,
        Searchable ?? current.Searchable,
        IsPublished ?? current.IsPublished,
        Text(PublicContactEmail, current.ContactEmail),
        Text(PublicWebsite, current.Website));

    /// <summary>Not sent: keep; blank: clear; otherwise the trimmed text.</summary>
    public static string? Text(string? sent, string? current) =>
        sent is null ? current : string.IsNullOrWhiteSpace(sent) ? null : sent.Trim();
}

internal sealed class UpdateGatewayCircuitCommandHandler(
    ICurrentUser currentUser, IUserRepository users, ICircuitRepository circuits, TimeProvider clock)
    : ICommandHandler<UpdateGatewayCircuitCommand, GatewayCircuit>
{
    public async ValueTask<GatewayCircuit> Handle(UpdateGatewayCircuitCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var circuit = await CircuitLoader.LoadLiveForAsync(
            circuits, command.CircuitId, caller.Id, CircuitAction.Update, now, cancellationToken);
        circuit.Update(command.Name, command.Description, null, null, null, now);
        if (command.CircuitType is not null)
        {
            circuit.ChangeType(command.CircuitType, now);
        }

        if (CircuitInputRules.ParseVisibility(command.Visibility) is { } visibility)
        {
            circuit.ChangeVisibility(visibility, now);
        }

        if (command.Metadata is { } listing)
        {
            circuit.ChangeListing(listing.AppliedTo(circuit.Listing), now);
            if (listing.PublicDescription is not null)
            {
                circuit.DescribePublicly(
                    CircuitListingChange.Text(listing.PublicDescription, circuit.PublicSettings?.PublicDescription), now);
            }
        }

        return GatewayCircuit.From(circuit);
    }
}
