using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Items.Commands.EnrichItem;

internal sealed class EnrichItemCommandAudit : IAuditDescriber<EnrichItemCommand, ItemResponse>
{
    public IEnumerable<AuditRecord> Describe(EnrichItemCommand command, ItemResponse response) =>
    [
        new(AuditActions.Enrich, AuditResources.Item, response.Dfid, new JsonObject
        {
            ["identifiers"] = AuditChanges.IdentifierKeys(command.Identifiers),
            ["fields"] = AuditChanges.FieldNames(command.EnrichedData),
        }),
    ];
}
