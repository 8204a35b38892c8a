using System.Text.Json.Nodes;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;
using Npgsql;

namespace DeFarm.Infrastructure.Persistence.Repositories;

/// <summary>
/// <c>GET /api/items/{dfid}</c> read straight into its response: the item with the visibility rule, its identifiers
/// and its source entries, in one Npgsql batch (ADR-021). The route is the API's hottest, and EF Core's query
/// pipeline with the aggregate's materialisation was the largest part of its cost above a raw read.
/// </summary>
internal static class ItemResponseReader
{
    // The rule of ItemAccess.CanSee, as EfItemVisibility writes it for lists: own; a local item only in the viewer's
    // workspace; a DFID item to admins, when shared, held by a circuit the viewer belongs to, or published by a
    // publicly accessible circuit ($3 is the clock's now, for scheduled access). A deleted viewer sees nothing.
    private const string ItemSql = """
        SELECT i.enriched_data::text, i.created_at, i.last_modified, i.status, i.merged_into_local_id
        FROM items i JOIN user_accounts u ON u.user_id = $2
        WHERE i.dfid = $1 AND (i.created_by = $2
            OR (i.dfid LIKE 'LID-%' AND i.workspace_id = u.workspace_id)
            OR (i.dfid NOT LIKE 'LID-%' AND (u.is_admin
                OR EXISTS (SELECT 1 FROM item_shares s WHERE s.dfid = i.dfid AND s.recipient_user_id = $2)
                OR EXISTS (SELECT 1 FROM circuit_items ci JOIN circuit_members m ON m.circuit_id = ci.circuit_id
                           WHERE ci.dfid = i.dfid AND m.member_id = $2)
                OR EXISTS (SELECT 1 FROM circuit_published_items p JOIN circuits c ON c.circuit_id = p.circuit_id
                           LEFT JOIN circuit_public_settings ps ON ps.circuit_id = c.circuit_id
                           WHERE p.dfid = i.dfid AND c.allow_public_visibility
                             AND (ps.access_mode IS DISTINCT FROM 'Scheduled' OR ps.scheduled_date <= $3)))))
        """;

    private const string IdentifiersSql = """
        SELECT namespace, key, value, kind, scope, verified, verification_date
        FROM item_identifiers WHERE dfid = $1 ORDER BY id
        """;

    private const string SourceEntriesSql = "SELECT entry_id FROM item_source_entries WHERE dfid = $1 ORDER BY id";

    /// <summary>
    /// The item as the route answers it, or <c>null</c> when missing or not visible to <paramref name="userId"/>,
    /// read on the open <paramref name="connection"/>.
    /// </summary>
    public static async Task<ItemResponse?> ReadVisibleAsync(
        NpgsqlConnection connection, string userId, string dfid, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var batch = CreateBatch(userId, dfid, now);
        batch.Connection = connection;
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var enrichedData = (JsonObject)JsonNode.Parse(reader.GetString(0))!;
        var (createdAt, lastModified) = (reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<DateTimeOffset>(2));
        var status = ItemResponse.StatusText(
            Enum.Parse<ItemStatus>(reader.GetString(3)), reader.IsDBNull(4) ? null : reader.GetGuid(4));

        await reader.NextResultAsync(cancellationToken);
        var identifiers = new List<IdentifierDto>();
        while (await reader.ReadAsync(cancellationToken))
        {
            identifiers.Add(IdentifierDto.From(ReadIdentifier(reader)));
        }

        await reader.NextResultAsync(cancellationToken);
        var sourceEntries = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sourceEntries.Add(reader.GetGuid(0).ToString());
        }

        return new ItemResponse(
            dfid, identifiers, enrichedData, createdAt.ToUnixTimeSeconds(), lastModified.ToUnixTimeSeconds(),
            sourceEntries, status);
    }

    /// <summary>The read's three statements with their parameters, on no connection yet; the query-plan test plans them.</summary>
    internal static NpgsqlBatch CreateBatch(string userId, string dfid, DateTimeOffset now) => new()
    {
        BatchCommands =
        {
            Command(ItemSql, Parameter(dfid), Parameter(userId), Parameter(now)),
            Command(IdentifiersSql, Parameter(dfid)),
            Command(SourceEntriesSql, Parameter(dfid)),
        },
    };

    private static Identifier ReadIdentifier(NpgsqlDataReader reader)
    {
        var (@namespace, key, value) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
        return Enum.Parse<IdentifierKind>(reader.GetString(3)) == IdentifierKind.Canonical
            ? Identifier.Canonical(
                @namespace, key, value, reader.GetBoolean(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6))
            : Identifier.Contextual(@namespace, key, value, reader.IsDBNull(4) ? null : reader.GetString(4));
    }

    private static NpgsqlParameter<T> Parameter<T>(T value) => new() { TypedValue = value };

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }
}
