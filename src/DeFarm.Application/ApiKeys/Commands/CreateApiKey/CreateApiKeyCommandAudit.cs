using System.Text.Json.Nodes;
using DeFarm.Application.Audit;

namespace DeFarm.Application.ApiKeys.Commands.CreateApiKey;

/// <summary>The audit log names the key and its circuit, never its secret.</summary>
internal sealed class CreateApiKeyCommandAudit : IAuditDescriber<CreateApiKeyCommand, CreatedApiKey>
{
    public IEnumerable<AuditRecord> Describe(CreateApiKeyCommand command, CreatedApiKey response) =>
    [
        new(AuditActions.Create, AuditResources.ApiKey, response.Key.Id.ToString(), new JsonObject
        {
            ["key_name"] = response.Key.KeyName,
            ["key_prefix"] = response.Key.KeyPrefix,
            ["circuit_id"] = response.Key.CircuitId.ToString(),
            ["expires_at"] = response.Key.ExpiresAt?.ToUnixTimeSeconds(),
        }),
    ];
}
