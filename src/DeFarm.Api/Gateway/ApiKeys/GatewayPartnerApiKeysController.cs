using System.Text.Json.Serialization;
using DeFarm.Application.ApiKeys;
using DeFarm.Application.ApiKeys.Commands.CreateApiKey;
using DeFarm.Application.ApiKeys.Commands.RevokeApiKey;
using DeFarm.Application.ApiKeys.Queries.GetApiKeyMetrics;
using DeFarm.Application.ApiKeys.Queries.ListApiKeys;
using Mediator;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.ApiKeys;

/// <summary>
/// Partner API keys (spa-contract §2.7 K1–K4). Managed with a signed-in session only: an API key cannot mint,
/// revoke or inspect keys. The secret is in the create answer and nowhere else, ever.
/// </summary>
[Route(GatewaySurface.ApiPrefix + "/partner/api-keys")]
[Authorize(AuthenticationSchemes = JwtBearerDefaults.AuthenticationScheme)]
public sealed class GatewayPartnerApiKeysController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<IReadOnlyList<ApiKeyResponse>> List(CancellationToken cancellationToken) =>
        await sender.Send(new ListApiKeysQuery(), cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Create(CreateApiKeyRequest request, CancellationToken cancellationToken)
    {
        var created = await sender.Send(
            new CreateApiKeyCommand
            {
                KeyName = request.KeyName ?? string.Empty,
                CircuitId = request.CircuitId ?? string.Empty,
                Description = request.Description,
                ExpiresInDays = request.ExpiresInDays,
            },
            cancellationToken);
        return Created(
            $"/{GatewaySurface.ApiPrefix}/partner/api-keys/{created.Key.Id}",
            new CreatedKey(
                ShownOnceKey.From(created.Key, created.Secret), created.Secret,
                "Store this API key now: it will not be shown again."));
    }

    [HttpDelete("{id}")]
    public async Task<IActionResult> Revoke(string id, CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeApiKeyCommand(id), cancellationToken);
        return NoContent();
    }

    [HttpGet("{id}/metrics")]
    public async Task<KeyMetrics> Metrics(string id, CancellationToken cancellationToken)
    {
        var metrics = await sender.Send(new GetApiKeyMetricsQuery(id), cancellationToken);
        return new KeyMetrics(
            metrics.KeyId, metrics.RequestsTotal, metrics.RequestsLast24h, metrics.ErrorsLast24h, metrics.LastUsedAt);
    }

    public sealed record CreateApiKeyRequest(string? KeyName, string? CircuitId, string? Description, int? ExpiresInDays);

    /// <summary>The front end reads the secret from <c>key.api_key</c> or the top-level <c>api_key</c>.</summary>
    public sealed record CreatedKey(ShownOnceKey Key, string ApiKey, string Message);

    public sealed record ShownOnceKey(
        Guid Id,
        string KeyName,
        string? Description,
        Guid CircuitId,
        string KeyPrefix,
        bool IsActive,
        DateTimeOffset CreatedAt,
        DateTimeOffset? ExpiresAt,
        int RateLimitPerMinute,
        int RateLimitPerDay,
        string ApiKey)
    {
        public static ShownOnceKey From(ApiKeyResponse key, string secret) => new(
            key.Id, key.KeyName, key.Description, key.CircuitId, key.KeyPrefix, key.IsActive, key.CreatedAt,
            key.ExpiresAt, key.RateLimitPerMinute, key.RateLimitPerDay, secret);
    }

    public sealed record KeyMetrics(
        Guid KeyId,
        long RequestsTotal,
        [property: JsonPropertyName("requests_last_24h")] long RequestsLast24h,
        [property: JsonPropertyName("errors_last_24h")] long ErrorsLast24h,
        DateTimeOffset? LastUsedAt);
}
