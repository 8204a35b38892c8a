using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items.Commands.CreateItem;
using DeFarm.Application.Users;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Items.Commands.ImportItems;

/// <summary>
/// <c>POST /api/items/import</c>: registers up to 1000 items by the create rules in ONE transaction, all or nothing
/// (ADR-010). Where the batch route stores what it can, an import that names a bad row stores nothing and says
/// which rows to fix, so a cooperative loading its herd register never ends up with half of it.
/// </summary>
public sealed record ImportItemsCommand : ICommand<ImportItemsResponse>, IRetryOnConcurrentUpdate
{
    public IReadOnlyList<CreateItemCommand> Items { get; init; } = [];
}

public sealed record ImportItemsResponse(int CreatedCount, int EnrichedCount, IReadOnlyList<ImportedItem> Results);

/// <summary>Row <see cref="Index"/> of the request became (<c>created</c>) or enriched (<c>enriched</c>) this item.</summary>
public sealed record ImportedItem(int Index, string Dfid, string Status)
{
    public const string Created = "created";
    public const string Enriched = "enriched";
}

internal sealed class ImportItemsCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemRegistrar.Factory registrars,
    TimeProvider clock) : ICommandHandler<ImportItemsCommand, ImportItemsResponse>
{
    public async ValueTask<ImportItemsResponse> Handle(ImportItemsCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var rows = command.Items
            .Select(row => (Request: row, Identifiers: row.Identifiers.Select(i => i.ToIdentifier()).ToList()))
            .ToList();
        var registrar = await registrars.BeginAsync(
            caller, rows.Select(r => r.Identifiers).ToList(), clock.GetUtcNow(), cancellationToken);

        var results = new List<ImportedItem>(rows.Count);
        var rowErrors = new Dictionary<string, string[]>();
        foreach (var (row, index) in rows.Select((row, index) => (row, index)))
        {
            try
            {
                var result = await registrar.RegisterAsync(
                    row.Identifiers, row.Request.EnrichedData, row.Request.ParseSourceEntry(), cancellationToken);
                if (result.Conflict is { } conflict)
                {
                    rowErrors[RowField(index)] = [conflict.Describe()];
                    continue;
                }

                results.Add(new ImportedItem(index, result.Item!.Dfid, result.Minted ? ImportedItem.Created : ImportedItem.Enriched));
            }
            catch (DeFarmException failure) when (failure is not InsufficientCreditsException)
            {
                rowErrors[RowField(index)] = [failure.Message];
            }
        }

        // Thrown, not returned: the unit of work then commits nothing of the rows that did resolve.
        if (rowErrors.Count > 0)
        {
            throw new RequestValidationException(rowErrors);
        }

        var created = results.Count(r => r.Status == ImportedItem.Created);
        return new ImportItemsResponse(created, results.Count - created, results);
    }

    private static string RowField(int index) => $"items[{index}]";
}
