using System.Text.Json.Nodes;
using DeFarm.Application.Audit;
using DeFarm.Application.Gateway.Items;

namespace DeFarm.Application.Items.Commands.UpdateItemMetadata;

/// <summary>Names the metadata fields sent; a push through <c>metadata.circuit_id</c> is audited as the push it is.</summary>
internal sealed class UpdateItemMetadataCommandAudit : IAuditDescriber<UpdateItemMetadataCommand, GatewayItem>
{
    public IEnumerable<AuditRecord> Describe(UpdateItemMetadataCommand command, GatewayItem response) =>
        [new(AuditActions.Update, AuditResources.Item, response.Id, new JsonObject { ["fields"] = AuditChanges.FieldNames(command.Metadata) })];
}
