using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Items.Commands.DeprecateItem;

internal sealed class DeprecateItemCommandAudit : IAuditDescriber<DeprecateItemCommand, ItemResponse>
{
    public IEnumerable<AuditRecord> Describe(DeprecateItemCommand command, ItemResponse response) =>
        [new(AuditActions.StatusChange, AuditResources.Item, response.Dfid, new JsonObject { ["status"] = response.Status })];
}
