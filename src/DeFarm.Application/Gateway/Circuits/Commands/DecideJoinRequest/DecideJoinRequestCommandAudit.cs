using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Gateway.Circuits.Commands.DecideJoinRequest;

/// <summary>An approval admits a member, as the engines approval route records it; a rejection changes no membership.</summary>
internal sealed class DecideJoinRequestCommandAudit : IAuditDescriber<DecideJoinRequestCommand, GatewayJoinRequest>
{
    public IEnumerable<AuditRecord> Describe(DecideJoinRequestCommand command, GatewayJoinRequest response) =>
        response.Status == "approved"
            ? [new(AuditActions.Create, AuditResources.Member, response.UserId, new JsonObject
            {
                ["circuit_id"] = response.CircuitId.ToString(),
                ["role"] = command.Role ?? "member",
                ["via"] = "join_request_approved",
            })]
            : [];
}
