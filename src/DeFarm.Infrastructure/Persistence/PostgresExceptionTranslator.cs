using System.Net.Sockets;
using DeFarm.Application.Adapters;
using DeFarm.Application.Admin;
using DeFarm.Application.Auth;
using DeFarm.Application.Circuits;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Events;
using DeFarm.Application.Items;
using DeFarm.Domain.Common;
using DeFarm.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>
/// Maps PostgreSQL failures to application exceptions: unique and foreign-key violations and stale updates to
/// 409, over-long values to 400, and lost connections to 503 (also reported to <see cref="DatabaseAvailability"/>).
/// </summary>
internal sealed class PostgresExceptionTranslator(DatabaseAvailability availability) : IExceptionTranslator
{
    private static readonly Dictionary<string, Func<DeFarmException>> UniqueViolations = new()
    {
        [UserAccountConfiguration.UsernameIndex] = AuthErrors.UsernameTaken,
        [UserAccountConfiguration.EmailIndex] = AuthErrors.EmailTaken,
        [ItemShareConfiguration.DfidRecipientIndex] = ItemErrors.AlreadyShared,
        [EventConfiguration.ContentHashIndex] = EventErrors.DuplicateContent,
        [AdapterConfigConfiguration.NameIndex] = AdapterConfigErrors.NameTaken,
        [AdapterConfigConfiguration.DefaultForIndex] = AdapterConfigErrors.DefaultTaken,

        // Two requests started the same item's storage history: the loser is stale, as after an update race.
        [ItemStorageHistoryConfiguration.PrimaryKey] = () => new ConcurrentUpdateException(),
        [CircuitConfiguration.RoleNameIndex] = CircuitErrors.RoleNameTaken,
        [CircuitConfiguration.PendingJoinRequestIndex] = CircuitErrors.JoinRequestPending,

        // Slugs end with part of the circuit's id: a clash is two new circuits with ids alike there; run again.
        [CircuitConfiguration.SlugIndex] = () => new ConcurrentUpdateException(),

        // Two pushes raced to one circuit item or index entry: the loser runs again and finds the winner's row.
        [CircuitItemConfiguration.PrimaryKey] = () => new ConcurrentUpdateException(),
        [CanonicalIndexEntryConfiguration.PrimaryKey] = () => new ConcurrentUpdateException(),
        [ItemFingerprintConfiguration.PrimaryKey] = () => new ConcurrentUpdateException(),

        // Two appends raced to one place of an audit chain: the loser is stale.
        [AuditEntryConfiguration.ChainSequenceIndex] = () => new ConcurrentUpdateException(),
        [CanonicalIdentifierTypeConfiguration.ValueChainTypeIndex] = AdminErrors.IdentifierTypeExists,
    };

    public Exception? Translate(Exception exception)
    {
        if (exception is DbUpdateConcurrencyException)
        {
            return new ConcurrentUpdateException();
        }

        var chain = Chain(exception).ToList();
        switch (chain.OfType<PostgresException>().FirstOrDefault())
        {
            case { SqlState: PostgresErrorCodes.UniqueViolation } unique:
                return unique.ConstraintName is { } name && UniqueViolations.TryGetValue(name, out var conflict)
                    ? conflict()
                    : PersistenceErrors.DuplicateKey();
            case { SqlState: PostgresErrorCodes.ForeignKeyViolation }:
                return PersistenceErrors.MissingReference();
            case { SqlState: PostgresErrorCodes.StringDataRightTruncation }:
                return new BusinessRuleException("value_too_long", "A value is longer than the field allows.");
        }

        if (chain.Any(IsConnectionFailure))
        {
            availability.MarkFailed(chain.Last().Message);
            return ServiceUnavailableException.DatabaseUnavailable(availability.RetryAfter);
        }

        return null;
    }

    private static bool IsConnectionFailure(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CannotConnectNow
                or PostgresErrorCodes.TooManyConnections or PostgresErrorCodes.CrashShutdown,
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException or SocketException => true,
        _ => false,
    };

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
        }
    }
}
