using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Storage.Commands.MigrateItemStorage;

/// <summary>
/// <c>POST /api/storage-history/:dfid/migrate</c>: stores the item's current version with the target adapter and
/// records it (<c>triggered_by = "migration"</c>, stored by the caller). Creator or admin only. A circuit id or
/// user id in the body is not trusted: the acting user comes from the credentials (decision 14) and circuit
/// attribution from the circuit pipeline.
/// </summary>
public sealed record MigrateItemStorageCommand : ICommand<MigrateItemStorageResponse>, IRetryOnConcurrentUpdate
{
    public string Dfid { get; init; } = string.Empty;
    public string? TargetAdapterType { get; init; }
}

public sealed record MigrateItemStorageResponse(bool Success, string Dfid, string Message, StorageRecordResponse Record);

internal sealed class MigrateItemStorageCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemLoader itemLoader,
    ItemVersionStorage storage,
    CreditCharger charger) : ICommandHandler<MigrateItemStorageCommand, MigrateItemStorageResponse>
{
    public async ValueTask<MigrateItemStorageResponse> Handle(
        MigrateItemStorageCommand command, CancellationToken cancellationToken)
    {
        var target = StorageAdapterTypes.ParseImplemented(command.TargetAdapterType);
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var item = await itemLoader.LoadChangeableAsync(command.Dfid, caller, cancellationToken);
        charger.Charge(caller, ChargedOperation.StorageMigration, item.Dfid);
        var record = await storage.StoreAsync(
            item, target, StorageTriggers.Migration, circuitId: null, caller, cancellationToken)
            ?? throw StorageErrors.NothingToStore();
        return new MigrateItemStorageResponse(
            true, item.Dfid, $"Item stored with {target.Name}", StorageRecordResponse.From(record, isPrimary: true));
    }
}
