using DeFarm.Application.Items;
using DeFarm.Infrastructure.Persistence.Repositories;
using Npgsql;

namespace DeFarm.Infrastructure.Bench;

/// <summary>
/// The raw-Npgsql twin of <c>GET /api/items/{dfid}</c> for the benchmark under <c>bench/</c>: the route's own read
/// (<see cref="ItemResponseReader"/>) on a bare connection, without the controller, the mediator, the request's
/// <c>DbContext</c> and its execution strategy, so the benchmark can say what those layers cost. Registered only
/// when <c>Bench:RawTwinEndpoint</c> is true (ADR-011, ADR-021).
/// </summary>
public sealed class RawItemTwin(string connectionString, TimeProvider clock)
{
    /// <summary>The item as <c>GET /api/items/{dfid}</c> answers it, or <c>null</c> when missing or not visible.</summary>
    public async Task<ItemResponse?> ReadVisibleAsync(string dfid, string userId, CancellationToken cancellationToken)
    {
        // Through the same connection pool as EF Core, so both sides compete for the same connections.
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await ItemResponseReader.ReadVisibleAsync(connection, userId, dfid, clock.GetUtcNow(), cancellationToken);
    }
}
