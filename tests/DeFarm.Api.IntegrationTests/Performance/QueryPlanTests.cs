using System.Text;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Contracts;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Events;
using DeFarm.Domain.Items;
using DeFarm.Domain.Storage;
using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeFarm.Api.IntegrationTests.Performance;

/// <summary>
/// No table scans on a request path: every query the repositories and read ports send for a signed-in user is
/// planned by PostgreSQL with sequential scans disabled, and the plan must not fall back to one (which it does
/// only when no index can serve the query).
/// </summary>
public sealed class QueryPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    [SetUp]
    public Task ResetAsync() => TestDatabase.ResetAsync();

    [Test]
    public async Task ShouldServeEveryRequestPathQueryFromAnIndex()
    {
        var recorder = new CommandRecorder();
        await using var store = PersistenceStore.Create(
            PersistenceProvider.Postgres, services => services.AddSingleton<IInterceptor>(recorder));
        var (user, item, circuit) = await ArrangeAsync(store);
        recorder.Clear();

        await RunRequestPathQueriesAsync(store, user, item);
        await RunCircuitQueriesAsync(store, user, item, circuit);
        await RunRecordsQueriesAsync(store, user, circuit);

        recorder.Commands.Count.ShouldBeGreaterThan(10);
        foreach (var command in recorder.Commands)
        {
            var plan = await ExplainAsync(command);
            plan.ShouldNotContain("Seq Scan", customMessage: $"{command.Sql}\n{plan}");
        }
    }

    private static async Task<(UserAccount User, Item Item, Circuit Circuit)> ArrangeAsync(PersistenceStore store)
    {
        await using var request = store.BeginRequest();
        var (user, bonus) = UserAccount.Register("planner", "planner@example.com", "hash", null, Now);
        var item = Item.CreateWithDfid(
            Dfid.Create(DateOnly.FromDateTime(Now.UtcDateTime), 1),
            [Identifier.Canonical("bovino", "sisbov", "BR123456789012"), Identifier.Contextual("bovino", "lote", "L-1")],
            new JsonObject { ["breed"] = "Nelore" }, Guid.NewGuid(), user.Id, user.WorkspaceId, Now);
        request.Users.Add(user);
        request.CreditTransactions.Add(bonus);
        request.Get<IItemRepository>().Add(item);
        var circuit = Circuit.Create("Plans", "d", user.Id, Now);
        circuit.SetInitialPublicSettings(new PublicProfile(PublicAccessMode.Public), null, Now);
        request.Get<ICircuitRepository>().Add(circuit);
        await request.CommitAsync();
        return (user, item, circuit);
    }

    private static async Task RunRequestPathQueriesAsync(PersistenceStore store, UserAccount user, Item item)
    {
        var none = CancellationToken.None;
        await using var request = store.BeginRequest();
        await request.Users.GetByIdAsync(user.Id, none);
        await request.Users.GetByUsernameAsync(user.Username, none);
        await request.Users.GetByEmailAsync(user.Email, none);
        await request.Users.ExistsWithUsernameAsync(user.Username, none);
        await request.Users.ExistsWithEmailAsync(user.Email, none);
        await request.CreditTransactions.ListRecentAsync(user.Id, 50, none);
        await request.ResetTokens.GetByHashAsync("hash", none);
        await request.ResetTokens.CountCreatedSinceAsync(user.Id, Now, none);
        await request.RevokedTokens.IsRevokedAsync("hash", none);
        var sessions = request.Get<ISignInSessionRepository>();
        await sessions.GetByIdAsync(Guid.NewGuid(), none);
        await sessions.GetTokenAsync("hash", none);
        await sessions.ListOfUserAsync(user.Id, 100, none);

        var items = request.Get<IItemRepository>();
        await items.GetByDfidAsync(item.Dfid, none);
        await items.FindHoldersAsync([.. item.Identifiers], none);
        await items.CountCreatedSinceAsync(user.Id, Now, none);
        await request.Get<IPendingItemRepository>().GetByIdAsync(Guid.NewGuid(), none);

        var queries = request.Get<IItemQueries>();
        var viewer = new ItemViewer(user.Id, user.WorkspaceId, IsAdmin: false);
        await queries.GetVisibleAsync(user.Id, item.Dfid, none);
        await queries.ListAsync(viewer, new ItemFilter(null, null, null), 100, 0, none);
        await queries.ListAsync(viewer, new ItemFilter(null, null, ItemStatus.Active), 100, 0, none);
        await queries.ListAsync(viewer, new ItemFilter("sisbov", "BR123456789012", null), 100, 0, none);
        await queries.ListAsync(viewer, new ItemFilter("lote", null, null), 100, 0, none);
        await queries.GetStatisticsAsync(viewer, none);

        await items.ListUnmergedLocalItemsAsync(user.WorkspaceId!, none);
        await request.Get<ILidDfidMappingRepository>().GetDfidAsync(Guid.NewGuid(), none);
        var shares = request.Get<IItemShareRepository>();
        await shares.GetAsync(item.Dfid, user.Id, none);
        await shares.IsSharedWithAsync(item.Dfid, user.Id, none);
        await shares.ListSharedToAsync(user.Id, 100, 0, none);
        await request.Get<IPendingItemQueries>().ListUnresolvedAsync(
            new PendingItemFilter(user.Id, null, null), 100, 0, none);

        var events = request.Get<IEventRepository>();
        await events.GetByIdAsync(Guid.NewGuid(), none);
        await events.GetByContentHashAsync("hash", none);
        await events.GetByLocalIdAsync(Guid.NewGuid(), none);
        var eventQueries = request.Get<IEventQueries>();
        var eventViewer = new EventViewer(user.Id, []);
        await eventQueries.ListAsync(eventViewer, new EventFilter(), 100, 0, none);
        await eventQueries.ListAsync(eventViewer, new EventFilter(Dfid: item.Dfid), 100, 0, none);
        await eventQueries.ListAsync(eventViewer, new EventFilter(EventType: EventType.Created), 100, 0, none);
        await eventQueries.ListAsync(eventViewer, new EventFilter(Visibility: EventVisibility.Private), 100, 0, none);
        await eventQueries.ListAsync(eventViewer, new EventFilter(From: Now, To: Now.AddDays(1)), 100, 0, none);

        await request.Get<IStorageHistoryRepository>().GetByDfidAsync(item.Dfid, none);
        await request.Get<IStorageHistoryQueries>().GetStatisticsAsync(viewer, none);
        var timeline = request.Get<ICidTimelineRepository>();
        await timeline.ListAsync(item.Dfid, none);
        await timeline.GetAsync(item.Dfid, 1, none);
        await timeline.ListDfidsWithCidAsync("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", none);
        await request.Get<IIndexingProgressRepository>().GetAsync("stellar-testnet", none);
        await request.Get<IContentStore>().GetAsync(ContentId.Compute("x"u8), none);
        var adapterConfigs = request.Get<IAdapterConfigRepository>();
        await adapterConfigs.GetByIdAsync(Guid.NewGuid(), none);
        await adapterConfigs.GetDefaultAsync(AdapterType.IpfsIpfs, none);
        await adapterConfigs.ListAsync(none);
    }

    private static async Task RunCircuitQueriesAsync(PersistenceStore store, UserAccount user, Item item, Circuit circuit)
    {
        var none = CancellationToken.None;
        await using var request = store.BeginRequest();
        var circuits = request.Get<ICircuitRepository>();
        await circuits.GetByIdAsync(circuit.Id, none);
        await circuits.CountActiveOwnedByAsync(user.Id, none);
        var queries = request.Get<ICircuitQueries>();
        await queries.ListAsync(new CircuitListFilter(user.Id, IncludePublic: true, null, Now, 100, 0), none);
        await queries.ListAsync(new CircuitListFilter(user.Id, IncludePublic: false, CircuitStatus.Active, Now, 100, 0), none);
        await queries.ListOfMemberAsync(user.Id, none);
        await circuits.GetBySlugAsync(circuit.Slug, none);
        await queries.ListAsync(
            new CircuitListFilter(user.Id, IncludePublic: false, null, Now, 1000, 0, IncludeArchived: false), none);
        await queries.ListDiscoverableAsync(new CircuitDiscoveryFilter(null, Now, 50, 0), none);
        await queries.ListDiscoverableAsync(new CircuitDiscoveryFilter("soja", Now, 50, 0), none);
        await queries.ListPublishedItemsAsync(circuit.Id, none);
        await queries.GetNamesAsync([circuit.Id], none);
        var itemQueries = request.Get<IItemQueries>();
        var viewer = new ItemViewer(user.Id, user.WorkspaceId, IsAdmin: false);
        await itemQueries.ListNewestFirstAsync(viewer, null, 100, 0, none);
        await itemQueries.ListNewestFirstAsync(viewer, circuit.Id, 100, 0, none);
        var circuitItems = request.Get<ICircuitItemRepository>();
        await circuitItems.ListAsync(circuit.Id, 100, 0, none);
        await circuitItems.FindHeldAsync(circuit.Id, [item.Dfid], none);
        var operations = request.Get<ICircuitOperationRepository>();
        await operations.ListAsync(circuit.Id, null, null, 100, 0, none);
        await operations.ListAsync(circuit.Id, CircuitOperationType.Push, CircuitOperationStatus.Pending, 100, 0, none);
        await operations.GetByIdAsync(Guid.NewGuid(), none);
        await circuitItems.GetAsync(circuit.Id, item.Dfid, none);
        var tokenIndex = request.Get<ITokenIndexRepository>();
        await tokenIndex.FindCanonicalAsync(item.Identifiers, none);
        await tokenIndex.FindFingerprintAsync(circuit.Id, new string('a', 64), none);
        await request.Get<ICircuitActivityRepository>().ListAsync(circuit.Id, 100, 0, none);
        var notifications = request.Get<INotificationRepository>();
        await notifications.ListForUserAsync(user.Id, null, false, 100, none);
        await notifications.ListForUserAsync(user.Id, Now, true, 100, none);
        await notifications.CountUnreadAsync(user.Id, none);
        await notifications.GetForUserAsync(Guid.NewGuid(), user.Id, none);
        await notifications.ListUnreadForChangeAsync(user.Id, none);
        var deliveries = request.Get<IWebhookDeliveryRepository>();
        await deliveries.ListForCircuitAsync(circuit.Id, 50, none);
        await deliveries.GetByIdAsync(Guid.NewGuid(), none);
        await deliveries.ClaimNextDueAsync(Now, Now.AddMinutes(1), none);
        var membership = request.Get<ICircuitMembership>();
        await membership.CircuitIdsOfAsync(user.Id, none);
        await membership.GrantsItemAsync(item.Dfid, user.Id, none);
        await request.Get<IEventQueries>().ListAsync(
            EventViewer.Anonymous, new EventFilter(Visibility: EventVisibility.Public, Dfids: [item.Dfid]), 100, 0, none);
    }

    /// <summary>
    /// Audit chains, snapshots, API keys and the admin lists. The admin statistics (whole-table counts for the
    /// metrics page, ADR-019) are not request-path queries of a user and are left out.
    /// </summary>
    private static async Task RunRecordsQueriesAsync(PersistenceStore store, UserAccount user, Circuit circuit)
    {
        var none = CancellationToken.None;
        await using var request = store.BeginRequest();
        var audit = request.Get<IAuditLogRepository>();
        await audit.GetHeadAsync("workspace:planner", none);
        await audit.ListNewestAsync("workspace:planner", 100, none);
        await audit.ListNewestAsync(null, 100, none);

        var snapshots = request.Get<ISnapshotRepository>();
        await snapshots.GetByIdAsync(Guid.NewGuid(), none);
        await snapshots.GetByTreeIdAsync(Guid.NewGuid(), none);
        var snapshotQueries = request.Get<ISnapshotQueries>();
        var viewer = new ItemViewer(user.Id, user.WorkspaceId, IsAdmin: false);
        await snapshotQueries.ListVisibleAsync(viewer, [circuit.Id.ToString()], 100, none);
        await snapshotQueries.FindAsync(Guid.NewGuid(), none);
        await snapshotQueries.FindByTreeIdAsync(Guid.NewGuid(), none);
        await snapshotQueries.ListVerificationsAsync(Guid.NewGuid(), 10, none);
        await snapshotQueries.ListCircuitItemsAsync(circuit.Id, 100, none);

        var keys = request.Get<IApiKeyRepository>();
        await keys.GetByIdAsync(Guid.NewGuid(), none);
        await keys.FindByHashAsync(new string('a', 64), none);
        await keys.ListOwnedAsync(user.Id, none);
        var usage = request.Get<IApiKeyUsage>();
        await usage.GetCountsAsync(Guid.NewGuid(), Now, none);
        await usage.LastUsedAsync([Guid.NewGuid()], none);

        var identifierTypes = request.Get<ICanonicalIdentifierTypeRepository>();
        await identifierTypes.GetByIdAsync(Guid.NewGuid(), none);
        await identifierTypes.ExistsAsync("BEEF", "sisbov", none);
        await identifierTypes.ListAsync("BEEF", none);
        await request.Get<IUserQueries>().ListAsync(100, 0, none);
    }

    private static async Task<string> ExplainAsync(RecordedCommand command)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using (var disable = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await disable.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN " + command.Sql, connection);
        explain.Parameters.AddRange(command.Parameters.Select(p => p.Clone()).ToArray());
        var plan = new StringBuilder();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            plan.AppendLine(reader.GetString(0));
        }

        return plan.ToString();
    }
}
