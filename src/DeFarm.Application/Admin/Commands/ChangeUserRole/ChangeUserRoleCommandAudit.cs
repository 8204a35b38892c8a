using DeFarm.Application.Audit;

namespace DeFarm.Application.Admin.Commands.ChangeUserRole;

internal sealed class ChangeUserRoleCommandAudit : IAuditDescriber<ChangeUserRoleCommand, AdminUserResponse>
{
    public IEnumerable<AuditRecord> Describe(ChangeUserRoleCommand command, AdminUserResponse response) =>
        [new(AuditActions.Update, AuditResources.User, response.Id, AdminUsers.AuditedFields(response))];
}
