using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Items.Commands.MergeItems;

internal sealed class MergeItemsCommandAudit : IAuditDescriber<MergeItemsCommand, ItemResponse>
{
    public IEnumerable<AuditRecord> Describe(MergeItemsCommand command, ItemResponse response) =>
        [new(AuditActions.Merge, AuditResources.Item, response.Dfid, new JsonObject { ["merged"] = command.SecondaryDfid })];
}
