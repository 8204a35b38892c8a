using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using DeFarm.Domain.Items;
using Mediator;

namespace DeFarm.Application.Admin.Queries.ListCanonicalIdentifierTypes;

/// <summary>A value chain's canonical identifier types (admins only); the value chain in any case.</summary>
public sealed record ListCanonicalIdentifierTypesQuery(string ValueChain) : IQuery<IReadOnlyList<CanonicalIdentifierTypeResponse>>;

internal sealed class ListCanonicalIdentifierTypesQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ICanonicalIdentifierTypeRepository types)
    : IQueryHandler<ListCanonicalIdentifierTypesQuery, IReadOnlyList<CanonicalIdentifierTypeResponse>>
{
    public async ValueTask<IReadOnlyList<CanonicalIdentifierTypeResponse>> Handle(
        ListCanonicalIdentifierTypesQuery query, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var valueChain = ValueChains.Normalize(query.ValueChain)
            ?? throw CanonicalIdentifierType.UnknownValueChain(query.ValueChain);
        var listed = await types.ListAsync(valueChain, cancellationToken);
        return listed.Select(CanonicalIdentifierTypeResponse.From).ToList();
    }
}
