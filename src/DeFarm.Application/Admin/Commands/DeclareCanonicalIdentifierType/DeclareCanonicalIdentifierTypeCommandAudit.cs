using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.Admin.Commands.DeclareCanonicalIdentifierType;

internal sealed class DeclareCanonicalIdentifierTypeCommandAudit
    : IAuditDescriber<DeclareCanonicalIdentifierTypeCommand, CanonicalIdentifierTypeResponse>
{
    public IEnumerable<AuditRecord> Describe(
        DeclareCanonicalIdentifierTypeCommand command, CanonicalIdentifierTypeResponse response) =>
        [new(AuditActions.Create, AuditResources.CanonicalIdentifierType, response.Id.ToString(), CanonicalIdentifierTypeAudit.Changes(response))];
}
