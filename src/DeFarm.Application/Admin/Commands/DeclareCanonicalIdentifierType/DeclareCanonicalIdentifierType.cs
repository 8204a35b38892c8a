using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Admin.Commands.DeclareCanonicalIdentifierType;

/// <summary>An admin declares an identifier type canonical for a value chain (active at once).</summary>
public sealed record DeclareCanonicalIdentifierTypeCommand : ICommand<CanonicalIdentifierTypeResponse>
{
    public string ValueChain { get; init; } = string.Empty;
    public string IdentifierType { get; init; } = string.Empty;
}

internal sealed class DeclareCanonicalIdentifierTypeCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICanonicalIdentifierTypeRepository types,
    TimeProvider clock) : ICommandHandler<DeclareCanonicalIdentifierTypeCommand, CanonicalIdentifierTypeResponse>
{
    public async ValueTask<CanonicalIdentifierTypeResponse> Handle(
        DeclareCanonicalIdentifierTypeCommand command, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var type = CanonicalIdentifierType.Declare(command.ValueChain, command.IdentifierType, clock.GetUtcNow());
        // Courtesy check for the exact message; the unique index is what really guarantees it.
        if (await types.ExistsAsync(type.ValueChain, type.IdentifierType, cancellationToken))
        {
            throw AdminErrors.IdentifierTypeExists();
        }

        types.Add(type);
        return CanonicalIdentifierTypeResponse.From(type);
    }
}
