using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DeFarm.Api.Http;

/// <summary>JSON body for the liveness and readiness probes: overall status and each check's.</summary>
public static class HealthProbe
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        });
}
