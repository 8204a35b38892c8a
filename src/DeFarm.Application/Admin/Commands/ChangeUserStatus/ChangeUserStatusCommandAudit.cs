using DeFarm.Application.Audit;

namespace DeFarm.Application.Admin.Commands.ChangeUserStatus;

internal sealed class ChangeUserStatusCommandAudit : IAuditDescriber<ChangeUserStatusCommand, AdminUserResponse>
{
    public IEnumerable<AuditRecord> Describe(ChangeUserStatusCommand command, AdminUserResponse response) =>
        [new(AuditActions.StatusChange, AuditResources.User, response.Id, AdminUsers.AuditedFields(response))];
}
