using DeFarm.Application.Audit;

namespace DeFarm.Application.Admin.Commands.DeleteUser;

internal sealed class DeleteUserCommandAudit : IAuditDescriber<DeleteUserCommand, AdminUserResponse>
{
    public IEnumerable<AuditRecord> Describe(DeleteUserCommand command, AdminUserResponse response) =>
        [new(AuditActions.Delete, AuditResources.User, response.Id, AdminUsers.AuditedFields(response))];
}
