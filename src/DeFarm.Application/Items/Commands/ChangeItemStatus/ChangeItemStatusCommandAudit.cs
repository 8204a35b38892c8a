using System.Text.Json.Nodes;
using DeFarm.Application.Audit;
using DeFarm.Application.Gateway.Items;

namespace DeFarm.Application.Items.Commands.ChangeItemStatus;

internal sealed class ChangeItemStatusCommandAudit : IAuditDescriber<ChangeItemStatusCommand, GatewayItem>
{
    public IEnumerable<AuditRecord> Describe(ChangeItemStatusCommand command, GatewayItem response) =>
        [new(AuditActions.StatusChange, AuditResources.Item, response.Id, new JsonObject { ["status"] = response.Status })];
}
