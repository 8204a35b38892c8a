using DeFarm.Application.Audit;

namespace DeFarm.Application.Circuits.Commands.ApproveJoinRequest;

internal sealed class ApproveJoinRequestCommandAudit : IAuditDescriber<ApproveJoinRequestCommand, CircuitResponse>
{
    public IEnumerable<AuditRecord> Describe(ApproveJoinRequestCommand command, CircuitResponse response) =>
        [MembershipAudit.Joined(response, command.RequesterId, "join_request_approved")];
}
