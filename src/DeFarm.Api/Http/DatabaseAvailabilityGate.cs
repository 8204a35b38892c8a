using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Api.Http;

/// <summary>
/// While the database is unreachable, data requests fail fast with 503 and <c>Retry-After</c> instead of
/// waiting on timeouts; nothing is ever accepted into memory in its place.
/// </summary>
public static class DatabaseAvailabilityGate
{
    public static IApplicationBuilder UseDatabaseAvailabilityGate(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var endpoint = context.GetEndpoint();
            var database = context.RequestServices.GetRequiredService<IDatabaseStatus>();
            if (endpoint is not null && endpoint.Metadata.GetMetadata<AllowWithoutDatabaseAttribute>() is null
                && !database.IsAvailable)
            {
                throw ServiceUnavailableException.DatabaseUnavailable(database.RetryAfter);
            }

            return next(context);
        });
}
