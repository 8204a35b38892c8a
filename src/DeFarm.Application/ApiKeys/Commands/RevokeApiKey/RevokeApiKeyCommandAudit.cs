using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.ApiKeys.Commands.RevokeApiKey;

internal sealed class RevokeApiKeyCommandAudit : IAuditDescriber<RevokeApiKeyCommand, ApiKeyResponse>
{
    public IEnumerable<AuditRecord> Describe(RevokeApiKeyCommand command, ApiKeyResponse response) =>
    [
        new(AuditActions.Revoke, AuditResources.ApiKey, response.Id.ToString(), new JsonObject
        {
            ["key_name"] = response.KeyName,
            ["circuit_id"] = response.CircuitId.ToString(),
        }),
    ];
}
