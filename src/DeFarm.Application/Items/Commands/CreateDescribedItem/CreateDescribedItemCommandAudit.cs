using System.Text.Json.Nodes;
using DeFarm.Application.Audit;
using DeFarm.Application.Gateway.Items;

namespace DeFarm.Application.Items.Commands.CreateDescribedItem;

/// <summary>The front end's create, recorded like the engines one: a create, or an enrich when it deduplicated.</summary>
internal sealed class CreateDescribedItemCommandAudit : IAuditDescriber<CreateDescribedItemCommand, GatewayItemCreated>
{
    public IEnumerable<AuditRecord> Describe(CreateDescribedItemCommand command, GatewayItemCreated response) =>
    [
        new(
            response.WasDeduplicated ? AuditActions.Enrich : AuditActions.Create, AuditResources.Item, response.Item.Id,
            new JsonObject { ["fields"] = AuditChanges.FieldNames(command.Metadata) }),
    ];
}
