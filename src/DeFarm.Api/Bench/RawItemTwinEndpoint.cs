using DeFarm.Application.Common.Interfaces;
using DeFarm.Infrastructure.Bench;

namespace DeFarm.Api.Bench;

/// <summary>
/// <c>GET /bench/raw/items/{dfid}</c>: the benchmark's raw twin of <c>GET /api/items/{dfid}</c>, behind the same
/// authentication and error handling. Mapped only when the twin is registered (<c>Bench:RawTwinEndpoint</c>).
/// </summary>
public static class RawItemTwinEndpoint
{
    public const string Path = "/bench/raw/items/{dfid}";

    public static void MapRawItemTwin(this WebApplication app)
    {
        if (app.Services.GetService<RawItemTwin>() is null)
        {
            return;
        }

        app.MapGet(Path, async (string dfid, ICurrentUser caller, RawItemTwin twin, CancellationToken cancellationToken) =>
            await twin.ReadVisibleAsync(dfid, caller.UserId!, cancellationToken) is { } item
                ? Results.Ok(item)
                : Results.NotFound())
            .RequireAuthorization()
            .ExcludeFromDescription();
    }
}
