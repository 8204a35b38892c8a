using DeFarm.Application.Audit;

namespace DeFarm.Application.Admin.Commands.SetCanonicalIdentifierTypeActive;

internal sealed class SetCanonicalIdentifierTypeActiveCommandAudit
    : IAuditDescriber<SetCanonicalIdentifierTypeActiveCommand, CanonicalIdentifierTypeResponse>
{
    public IEnumerable<AuditRecord> Describe(
        SetCanonicalIdentifierTypeActiveCommand command, CanonicalIdentifierTypeResponse response) =>
        [new(AuditActions.StatusChange, AuditResources.CanonicalIdentifierType, response.Id.ToString(), CanonicalIdentifierTypeAudit.Changes(response))];
}
