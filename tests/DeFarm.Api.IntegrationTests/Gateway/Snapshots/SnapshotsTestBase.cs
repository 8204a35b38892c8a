using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Snapshots;

/// <summary>Snapshots and Merkle trees arranged and read the way the snapshots page does.</summary>
public abstract class SnapshotsTestBase : GatewayRecordsTestBase
{
    protected const string SnapshotsPath = GatewayApi + "/snapshots";
    protected const string TreesPath = GatewayApi + "/merkle-trees";

    /// <summary>The create body of the snapshots page, including the fields the server must ignore.</summary>
    protected static object CircuitSnapshotBody(string circuitId, string name = "Before harvest") => new
    {
        snapshot_name = name,
        snapshot_type = "manual",
        resource_type = "circuit",
        resource_id = circuitId,
        circuit_id = circuitId,
        description = "Weekly",
        snapshot_data = new { },
        created_by = "someone-else",
    };

    /// <summary>Creates a snapshot (asserting 201) and returns it.</summary>
    protected static async Task<JsonElement> CreateSnapshotAsync(RegisteredUser user, object body) =>
        await ShouldBeJsonAsync(await CallAsync(user, HttpMethod.Post, SnapshotsPath, body), HttpStatusCode.Created);

    /// <summary>A circuit of <paramref name="owner"/> holding <paramref name="itemCount"/> new items of theirs.</summary>
    protected static async Task<(string CircuitId, List<string> Dfids)> CircuitWithItemsAsync(RegisteredUser owner, int itemCount)
    {
        var circuitId = await CreateCircuitIdAsync(owner);
        var dfids = new List<string>();
        for (var i = 0; i < itemCount; i++)
        {
            var dfid = await CreateItemAsync(owner, new { n = i }, ("lote", Guid.NewGuid().ToString("N")));
            await ArrangeCircuitItemAsync(circuitId, dfid, owner.UserId);
            dfids.Add(dfid);
        }

        return (circuitId, dfids);
    }

    /// <summary>The snapshot's tree as the Merkle viewer reads it (asserting a one-tree list).</summary>
    protected static async Task<JsonElement> TreeOfAsync(RegisteredUser user, string snapshotId) =>
        ShouldBeWrappedList(
            await ShouldBeOkJsonAsync(await GetAsGatewayAsync(user, $"{TreesPath}?snapshot_id={snapshotId}")), "trees")
            .ShouldHaveSingleItem();

    protected static async Task<JsonElement> VerifyAsync(RegisteredUser user, string treeId) =>
        await ShouldBeOkJsonAsync(await CallAsync(user, HttpMethod.Post, $"{TreesPath}/{treeId}/verify"));

    /// <summary>The stored leaves of a snapshot's tree, in order: key and content hash.</summary>
    protected static async Task<List<(string Key, string ContentHash)>> StoredLeavesAsync(string snapshotId)
    {
        var leaves = new List<(string, string)>();
        await WithDatabaseAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT key, content_hash FROM merkle_leaves WHERE snapshot_id = @id ORDER BY position";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "id";
            parameter.Value = Guid.Parse(snapshotId);
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                leaves.Add((reader.GetString(0), reader.GetString(1)));
            }
        });
        return leaves;
    }
}
