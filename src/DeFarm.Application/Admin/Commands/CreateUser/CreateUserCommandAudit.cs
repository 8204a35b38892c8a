using DeFarm.Application.Audit;

namespace DeFarm.Application.Admin.Commands.CreateUser;

internal sealed class CreateUserCommandAudit : IAuditDescriber<CreateUserCommand, AdminUserResponse>
{
    public IEnumerable<AuditRecord> Describe(CreateUserCommand command, AdminUserResponse response) =>
        [new(AuditActions.Create, AuditResources.User, response.Id, AdminUsers.AuditedFields(response))];
}
