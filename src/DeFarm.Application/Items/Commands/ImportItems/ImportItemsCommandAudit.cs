using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Items.Commands.ImportItems;

/// <summary>One record per imported row: a create for a new item, an enrich for an existing one.</summary>
internal sealed class ImportItemsCommandAudit : IAuditDescriber<ImportItemsCommand, ImportItemsResponse>
{
    public IEnumerable<AuditRecord> Describe(ImportItemsCommand command, ImportItemsResponse response) =>
        response.Results.Select(row => new AuditRecord(
            row.Status == ImportedItem.Created ? AuditActions.Create : AuditActions.Enrich,
            AuditResources.Item,
            row.Dfid,
            new JsonObject
            {
                ["import_row"] = row.Index,
                ["identifiers"] = AuditChanges.IdentifierKeys(command.Items[row.Index].Identifiers),
                ["fields"] = AuditChanges.FieldNames(command.Items[row.Index].EnrichedData),
            }));
}
