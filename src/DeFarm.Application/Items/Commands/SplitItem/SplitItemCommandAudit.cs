using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Items.Commands.SplitItem;

internal sealed class SplitItemCommandAudit : IAuditDescriber<SplitItemCommand, SplitItemResponse>
{
    public IEnumerable<AuditRecord> Describe(SplitItemCommand command, SplitItemResponse response) =>
    [
        new(AuditActions.Split, AuditResources.Item, response.OriginalItem.Dfid, new JsonObject
        {
            ["new_item"] = response.NewItem.Dfid,
            ["identifiers"] = AuditChanges.IdentifierKeys(command.IdentifiersForNewItem),
        }),
    ];
}
