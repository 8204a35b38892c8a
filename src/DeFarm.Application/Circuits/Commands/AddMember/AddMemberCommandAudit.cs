using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits.Commands.AddMember;

internal sealed class AddMemberCommandAudit : IAuditDescriber<AddMemberCommand, CircuitResponse>
{
    public IEnumerable<AuditRecord> Describe(AddMemberCommand command, CircuitResponse response) =>
        [MembershipAudit.Joined(response, command.MemberId, "added")];
}
