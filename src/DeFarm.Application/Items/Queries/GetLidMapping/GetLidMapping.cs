using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Items.Queries.GetLidMapping;

/// <summary>
/// What a LID became (<c>GET /api/items/mapping/:local_id</c>): <c>LocalOnly</c> with no DFID until it is pushed to a
/// circuit, then <c>Tokenized</c> with the DFID (decision 3). Only inside the local item's workspace.
/// </summary>
public sealed record GetLidMappingQuery(string LocalId) : IQuery<SuccessResponse<LidMappingData>>;

public sealed record LidMappingData(string LocalId, string? Dfid, string Status);

internal sealed class GetLidMappingQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    IItemRepository items,
    ILidDfidMappingRepository mappings) : IQueryHandler<GetLidMappingQuery, SuccessResponse<LidMappingData>>
{
    public async ValueTask<SuccessResponse<LidMappingData>> Handle(
        GetLidMappingQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var localId = Guid.Parse(query.LocalId);
        await LocalItemLoader.LoadAsync(items, localId, caller, cancellationToken);
        var dfid = await mappings.GetDfidAsync(localId, cancellationToken);
        return new SuccessResponse<LidMappingData>(
            new LidMappingData(localId.ToString(), dfid, dfid is null ? "LocalOnly" : "Tokenized"));
    }
}
