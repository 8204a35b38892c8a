using System.Text.Json.Nodes;
using DeFarm.Application.Audit;
using DeFarm.Application.Gateway.Items;

namespace DeFarm.Application.Items.Commands.ImportItemsCsv;

/// <summary>One record per CSV row: a create for a new item, an enrich for an existing one, with its receipt.</summary>
internal sealed class ImportItemsCsvCommandAudit : IAuditDescriber<ImportItemsCsvCommand, IngestionReceipt>
{
    public IEnumerable<AuditRecord> Describe(ImportItemsCsvCommand command, IngestionReceipt response) =>
        response.Rows.Select(row => new AuditRecord(
            row.Status == IngestedRow.Created ? AuditActions.Create : AuditActions.Enrich,
            AuditResources.Item,
            row.ItemId,
            new JsonObject { ["receipt_id"] = response.ReceiptId.ToString(), ["csv_row"] = row.Row }));
}
