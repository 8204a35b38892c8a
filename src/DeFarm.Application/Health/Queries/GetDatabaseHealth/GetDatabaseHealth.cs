using System.Text.Json.Serialization;
using DeFarm.Application.Common.Interfaces;
using Mediator;

namespace DeFarm.Application.Health.Queries.GetDatabaseHealth;

public sealed record GetDatabaseHealthQuery : IQuery<DatabaseHealthDto>;

/// <param name="Status">connected, connecting, failed or not_initialized.</param>
public sealed record DatabaseHealthDto(string Status, string Message, DateTimeOffset Timestamp, string Provider)
{
    [JsonIgnore]
    public bool IsConnected => Status == "connected";
}

internal sealed class GetDatabaseHealthQueryHandler(IDatabaseStatus database, TimeProvider clock)
    : IQueryHandler<GetDatabaseHealthQuery, DatabaseHealthDto>
{
    public ValueTask<DatabaseHealthDto> Handle(GetDatabaseHealthQuery query, CancellationToken cancellationToken)
    {
        var status = database.State switch
        {
            DatabaseState.Connected => "connected",
            DatabaseState.Connecting => "connecting",
            DatabaseState.Failed => "failed",
            _ => "not_initialized",
        };
        return ValueTask.FromResult(new DatabaseHealthDto(status, database.Message, clock.GetUtcNow(), database.Provider));
    }
}
