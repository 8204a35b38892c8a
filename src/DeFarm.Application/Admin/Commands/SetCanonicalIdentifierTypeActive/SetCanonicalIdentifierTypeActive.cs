using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Admin.Commands.SetCanonicalIdentifierTypeActive;

/// <summary>Switches a canonical identifier type on or off; it stays on record either way.</summary>
public sealed record SetCanonicalIdentifierTypeActiveCommand : ICommand<CanonicalIdentifierTypeResponse>, IRetryOnConcurrentUpdate
{
    public string Id { get; init; } = string.Empty;
    public bool? IsActive { get; init; }
}

internal sealed class SetCanonicalIdentifierTypeActiveCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICanonicalIdentifierTypeRepository types,
    TimeProvider clock) : ICommandHandler<SetCanonicalIdentifierTypeActiveCommand, CanonicalIdentifierTypeResponse>
{
    public async ValueTask<CanonicalIdentifierTypeResponse> Handle(
        SetCanonicalIdentifierTypeActiveCommand command, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var type = (Guid.TryParse(command.Id, out var id) ? await types.GetByIdAsync(id, cancellationToken) : null)
            ?? throw AdminErrors.IdentifierTypeNotFound();
        type.SetActive(command.IsActive!.Value, clock.GetUtcNow());
        return CanonicalIdentifierTypeResponse.From(type);
    }
}
