using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Items.Commands.CreateItem;

/// <summary>A create request recorded against the item it registered (new, or an existing one it resolved to).</summary>
internal sealed class CreateItemCommandAudit : IAuditDescriber<CreateItemCommand, ItemResponse>
{
    public IEnumerable<AuditRecord> Describe(CreateItemCommand command, ItemResponse response) =>
    [
        new(AuditActions.Create, AuditResources.Item, response.Dfid, new JsonObject
        {
            ["identifiers"] = AuditChanges.IdentifierKeys(command.Identifiers),
            ["fields"] = AuditChanges.FieldNames(command.EnrichedData),
        }),
    ];
}
