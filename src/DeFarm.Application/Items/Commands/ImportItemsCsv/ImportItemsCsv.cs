using DeFarm.Application.Circuits.Pipeline;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Gateway.Items;
using DeFarm.Application.Items.Commands.ImportItems;
using DeFarm.Application.Users;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Items.Commands.ImportItemsCsv;

/// <summary>
/// <c>POST /api/items/bulk</c> of the web front end (ADR-018): a CSV file of items (<see cref="CsvItemColumns"/>)
/// registered by the create rules like the engines import — all or nothing, in one transaction. Every bad row is
/// reported (400, <c>details</c> keyed <c>rows[n]</c>) and then nothing is stored. A row whose identifier is on
/// one of the caller's items updates that item. With <see cref="CircuitId"/>, every imported item is pushed into
/// that circuit through the push pipeline.
/// </summary>
public sealed record ImportItemsCsvCommand : ICommand<IngestionReceipt>, IRetryOnConcurrentUpdate
{
    public string? Csv { get; init; }
    public string? CircuitId { get; init; }
}

internal sealed class ImportItemsCsvCommandHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ItemRegistrar.Factory registrars,
    ICircuitRepository circuits,
    IEventRepository events,
    CircuitPushPipeline pipeline,
    TimeProvider clock) : ICommandHandler<ImportItemsCsvCommand, IngestionReceipt>
{
    public async ValueTask<IngestionReceipt> Handle(ImportItemsCsvCommand command, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var (columns, records) = Read(command.Csv!);
        var circuit = command.CircuitId is null
            ? null
            : await CircuitPushPipeline.LoadTargetAsync(circuits, command.CircuitId, caller, now, cancellationToken);

        var rowErrors = new Dictionary<string, string[]>();
        var rows = records
            .Select((record, index) => CsvItemRow.Read(columns, record, RowNumber(index), rowErrors))
            .OfType<CsvItemRow>()
            .ToList();
        var receiptId = Guid.NewGuid();
        var registered = await RegisterAsync(caller, rows, receiptId, now, rowErrors, cancellationToken);
        // Thrown, not returned: the unit of work then commits nothing of the rows that did resolve.
        if (rowErrors.Count > 0)
        {
            throw new RequestValidationException(rowErrors);
        }

        foreach (var (row, item, minted) in registered)
        {
            events.Add(minted
                ? ItemChangeEvents.Created(item, caller.Id, now)
                : ItemChangeEvents.Enriched(item, caller.Id, row.Data.Select(pair => pair.Key), Guid.NewGuid(), now));
        }

        var completedPushes = circuit is null ? 0 : await PushAsync(circuit, registered, caller, now, cancellationToken);
        var created = registered.Count(r => r.Minted);
        return new IngestionReceipt(
            receiptId,
            IngestionReceipt.Completed,
            new IngestionSummary(
                records.Count, registered.Count, RowsFailed: 0, created, registered.Count - created,
                registered.Count + completedPushes, columns.Unclassified),
            registered.Select(r => new IngestedRow(
                r.Row.Number, r.Item.Dfid, r.Minted ? IngestedRow.Created : IngestedRow.Updated)).ToList());
    }

    /// <summary>The header is row 1; the first item row is row 2.</summary>
    private static int RowNumber(int itemRowIndex) => itemRowIndex + 2;

    private static (CsvItemColumns Columns, List<string[]> Records) Read(string csv)
    {
        var records = CsvText.Parse(csv);
        if (records.Count < 2)
        {
            throw RequestValidationException.ForField("file", "The file needs a header row and at least one item row");
        }

        if (records.Count - 1 > ImportItemsCommandValidator.MaxItems)
        {
            throw RequestValidationException.ForField(
                "file", $"An import holds at most {ImportItemsCommandValidator.MaxItems} item rows");
        }

        return (CsvItemColumns.FromHeader(records[0]), records.Skip(1).ToList());
    }

    /// <summary>Registers every well-formed row; a row that cannot become an item is added to <paramref name="rowErrors"/>.</summary>
    private async Task<List<(CsvItemRow Row, Item Item, bool Minted)>> RegisterAsync(
        UserAccount caller, List<CsvItemRow> rows, Guid sourceEntry, DateTimeOffset now,
        Dictionary<string, string[]> rowErrors, CancellationToken cancellationToken)
    {
        var registrar = await registrars.BeginAsync(
            caller, rows.Select(r => (IReadOnlyList<Identifier>)r.Identifiers).ToList(), now,
            cancellationToken, identifiersRequired: false);
        var registered = new List<(CsvItemRow Row, Item Item, bool Minted)>(rows.Count);
        foreach (var row in rows)
        {
            try
            {
                var result = await registrar.RegisterAsync(row.Identifiers, row.Data, sourceEntry, cancellationToken);
                if (result.Conflict is { } conflict)
                {
                    CsvItemRow.Fail(rowErrors, row.Number, conflict.Describe());
                    continue;
                }

                registered.Add((row, result.Item!, result.Minted));
            }
            catch (DeFarmException failure)
            {
                CsvItemRow.Fail(rowErrors, row.Number, failure.Message);
            }
        }

        return registered;
    }

    /// <returns>How many pushes completed at once (each recorded its event; a push awaiting approval records none yet).</returns>
    private async Task<int> PushAsync(
        Domain.Circuits.Circuit circuit, List<(CsvItemRow Row, Item Item, bool Minted)> registered, UserAccount caller,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var completed = 0;
        foreach (var item in registered.Select(r => r.Item).DistinctBy(i => i.Dfid))
        {
            var operation = await pipeline.PushAsync(circuit, item, caller, metadata: null, now, cancellationToken);
            completed += operation.IsPending ? 0 : 1;
        }

        return completed;
    }
}
