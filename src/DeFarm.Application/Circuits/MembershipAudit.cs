using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits;

/// <summary>The audit record of a new circuit member, however they joined.</summary>
internal static class MembershipAudit
{
    public static AuditRecord Joined(CircuitResponse circuit, string memberId, string how) =>
        new(AuditActions.Create, AuditResources.Member, memberId, new JsonObject
        {
            ["circuit_id"] = circuit.CircuitId.ToString(),
            ["role"] = circuit.Members.FirstOrDefault(m => m.MemberId == memberId)?.Role,
            ["via"] = how,
        });
}
