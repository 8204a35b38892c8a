using System.Text.Json.Nodes;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using DeFarm.Domain.Storage;
using Mediator;

namespace DeFarm.Application.Storage.Commands.SetPrimaryStorageLocation;

/// <summary>
/// <c>POST /api/storage-history/:dfid/primary</c>: makes one of the locations already in the item's history its
/// primary copy (400 for a location the history does not hold). Creator or admin only.
/// </summary>
public sealed record SetPrimaryStorageLocationCommand : ICommand<PrimaryStorageLocationResponse>
{
    public string Dfid { get; init; } = string.Empty;
    public JsonNode? StorageLocation { get; init; }
}

public sealed record PrimaryStorageLocationResponse(bool Success, string Dfid, JsonObject CurrentPrimary);

internal sealed class SetPrimaryStorageLocationCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    IStorageHistoryRepository histories)
    : ICommandHandler<SetPrimaryStorageLocationCommand, PrimaryStorageLocationResponse>
{
    public async ValueTask<PrimaryStorageLocationResponse> Handle(
        SetPrimaryStorageLocationCommand command, CancellationToken cancellationToken)
    {
        var location = StorageLocation.FromJson(command.StorageLocation);
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadChangeableAsync(command.Dfid, caller, cancellationToken);
        var history = await histories.GetByDfidAsync(item.Dfid, cancellationToken) ?? throw StorageErrors.NoHistory();
        history.SetPrimary(location);
        return new PrimaryStorageLocationResponse(true, history.Dfid, location.ToJson());
    }
}
