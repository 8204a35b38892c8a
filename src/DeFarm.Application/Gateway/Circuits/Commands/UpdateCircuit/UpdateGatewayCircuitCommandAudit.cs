using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Gateway.Circuits.Commands.UpdateCircuit;

/// <summary>Records which fields the edit sent; values are not kept, as in every other audit entry of a change.</summary>
internal sealed class UpdateGatewayCircuitCommandAudit : IAuditDescriber<UpdateGatewayCircuitCommand, GatewayCircuit>
{
    public IEnumerable<AuditRecord> Describe(UpdateGatewayCircuitCommand command, GatewayCircuit response)
    {
        var sent = new (string Field, object? Value)[]
        {
            ("name", command.Name), ("description", command.Description), ("circuit_type", command.CircuitType),
            ("visibility", command.Visibility), ("discovery_enabled", command.Metadata?.DiscoveryEnabled),
            ("searchable", command.Metadata?.Searchable), ("is_published", command.Metadata?.IsPublished),
            ("public_description", command.Metadata?.PublicDescription),
            ("public_contact_email", command.Metadata?.PublicContactEmail),
            ("public_website", command.Metadata?.PublicWebsite),
        };
        var fields = new JsonArray(sent.Where(f => f.Value is not null).Select(f => (JsonNode?)f.Field).ToArray());
        return [new(AuditActions.Update, AuditResources.Circuit, response.Id.ToString(), new JsonObject { ["fields"] = fields })];
    }
}
