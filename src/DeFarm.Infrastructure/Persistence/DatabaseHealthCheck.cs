using DeFarm.Application.Common.Interfaces;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>Readiness: healthy only while the store can serve data requests.</summary>
internal sealed class DatabaseHealthCheck(IDatabaseStatus database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken) =>
        Task.FromResult(database.IsAvailable
            ? HealthCheckResult.Healthy(database.Message)
            : HealthCheckResult.Unhealthy(database.Message));
}
