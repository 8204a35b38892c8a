using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits.Commands.UpdateCircuit;

/// <summary>Records the values the update asked for; fields it left out are not part of the change.</summary>
internal sealed class UpdateCircuitCommandAudit : IAuditDescriber<UpdateCircuitCommand, CircuitResponse>
{
    public IEnumerable<AuditRecord> Describe(UpdateCircuitCommand command, CircuitResponse response)
    {
        var changes = new JsonObject();
        AddIfGiven(changes, "name", command.Name);
        AddIfGiven(changes, "description", command.Description);
        AddIfGiven(changes, "require_approval_for_push", command.Permissions?.RequireApprovalForPush);
        AddIfGiven(changes, "require_approval_for_pull", command.Permissions?.RequireApprovalForPull);
        AddIfGiven(changes, "allow_public_visibility", command.Permissions?.AllowPublicVisibility);
        return [new(AuditActions.Update, AuditResources.Circuit, response.CircuitId.ToString(), changes)];
    }

    private static void AddIfGiven<T>(JsonObject changes, string field, T? value)
    {
        if (value is not null)
        {
            changes[field] = JsonValue.Create(value);
        }
    }
}
