using System.Text.Json;
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
using DeFarm.Infrastructure.Persistence.Repositories;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeFarm.Api.IntegrationTests.Performance;

/// <summary>
/// No table scans on a request path: every query the repositories and read ports send for a signed-in user is
/// planned by PostgreSQL (<c>EXPLAIN (FORMAT JSON)</c>) with sequential scans, hash joins and merge joins
/// disabled, and no node of the plan may read a whole relation: not a sequential scan (PostgreSQL falls back to
/// one only when no index can serve the query), and not an index scan without an index condition either, which
/// is what a full scan becomes once sequential scans are off. Allowed without a condition: an ordered page walk
/// (<see cref="PlanNode.ReadsWholeRelation"/>) and the few whole reads a route asks for (<see cref="WholeReadsByDesign"/>).
/// </summary>
public sealed class QueryPlanTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Index walks without a condition that are what the route asks for, each with the reason.</summary>
    private static readonly Dictionary<(string?, string?), string> WholeReadsByDesign = new()
    {
        [("adapter_configs", "ix_adapter_configs_created_at")] =
            "GET /api/admin/adapters answers every adapter configuration (a handful, admin only), in creation order",
        [("circuits", "ix_circuits_discoverable_created_at")] =
            "a partial index holding only the circuits that enable discovery: the discovery page and its total read "
            + "all of them by design",
        [("user_accounts", "ix_user_accounts_created_at")] =
            "the admin's user list is a page by creation time: at scale PostgreSQL walks this index backwards and "
            + "sorts ties by id as it goes (Incremental Sort under the Limit); the near-empty table here is sorted whole",
    };

    private readonly string _planDatabase = $"plans_{Guid.NewGuid():N}";
    private string _connectionString = string.Empty;

    /// <summary>
    /// A database of its own, migrated and never analysed, so PostgreSQL plans from its default estimates. In the
    /// shared test database autovacuum analyses the tables that earlier tests filled and emptied, and plans made
    /// from those near-zero statistics read tiny tables whole, some runs and not others.
    /// </summary>
    [OneTimeSetUp]
    public async Task CreatePlanDatabaseAsync() =>
        _connectionString = await TestDatabase.CreateMigratedDatabaseAsync(_planDatabase);

    [OneTimeTearDown]
    public Task DropPlanDatabaseAsync() => TestDatabase.DropDatabaseAsync(_planDatabase);

    [Test]
    public async Task ShouldServeEveryRequestPathQueryFromAnIndex()
    {
        var recorder = new CommandRecorder();
        await using var store = PersistenceStore.Create(
            PersistenceProvider.Postgres, services => services.AddSingleton<IInterceptor>(recorder), _connectionString);
        var data = await ArrangeAsync(store);
        recorder.Clear();

        await RunRequestPathQueriesAsync(store, data);
        await RunCircuitQueriesAsync(store, data);
        await RunRecordsQueriesAsync(store, data.User, data.Circuit);

        recorder.Commands.Count.ShouldBeGreaterThan(10);
        var offenders = new List<string>();
        foreach (var command in recorder.Commands.Concat(ItemRouteRead(data)))
        {
            var plan = await ExplainAsync(command);
            var wholeScans = plan.Root.SelfAndDescendants()
                .Where(node => node.ReadsWholeRelation && !WholeReadsByDesign.ContainsKey((node.Relation, node.Index)))
                .ToList();
            if (wholeScans.Count > 0)
            {
                offenders.Add($"{string.Join(", ", wholeScans.Select(n => n.Describe()))}\n{command.Sql}\n{plan.Text}");
            }
        }

        offenders.ShouldBeEmpty(string.Join("\n\n", offenders));
    }

    [Test]
    public void ShouldTellAWholeIndexScanFromALookupAndFromAnOrderedPage()
    {
        ParsePlan("""{"Node Type": "Seq Scan", "Relation Name": "items"}""").ReadsWholeRelation.ShouldBeTrue();
        ParsePlan("""{"Node Type": "Index Scan", "Relation Name": "items", "Index Name": "PK_items"}""")
            .ReadsWholeRelation.ShouldBeTrue("an index walked end to end is a table scan in disguise");
        ParsePlan("""{"Node Type": "Index Only Scan", "Relation Name": "items", "Index Name": "PK_items", "Filter": "(x)"}""")
            .ReadsWholeRelation.ShouldBeTrue();
        ParsePlan("""{"Node Type": "Index Scan", "Relation Name": "items", "Index Cond": "(dfid = $1)"}""")
            .ReadsWholeRelation.ShouldBeFalse();

        var page = ParsePlan("""
            {"Node Type": "Limit", "Plans": [{"Node Type": "Nested Loop", "Parent Relationship": "Outer", "Plans": [
                {"Node Type": "Index Scan", "Parent Relationship": "Outer", "Relation Name": "items", "Index Name": "ix_created"},
                {"Node Type": "Index Scan", "Parent Relationship": "Inner", "Relation Name": "item_shares", "Index Name": "PK_item_shares"}]}]}
            """);
        page.SelfAndDescendants().Where(n => n.ReadsWholeRelation).Select(n => n.Relation).ShouldBe(
            ["item_shares"], "the page's outer walk stops at the limit; an inner scan repeats for every row");

        var sortedPage = ParsePlan("""
            {"Node Type": "Limit", "Plans": [{"Node Type": "Sort", "Parent Relationship": "Outer", "Plans": [
                {"Node Type": "Index Scan", "Parent Relationship": "Outer", "Relation Name": "items", "Index Name": "PK_items"}]}]}
            """);
        sortedPage.SelfAndDescendants().Count(n => n.ReadsWholeRelation).ShouldBe(1, "a sort reads all its input first");
    }

    /// <summary>
    /// The planner's item (shared with a neighbour of the same workspace and held by the planner's public
    /// circuit) and local item, so that item reads and lists by others go through every grant, and the event
    /// viewer of a circuit member has circuit ids to match.
    /// </summary>
    private static async Task<PlanData> ArrangeAsync(PersistenceStore store)
    {
        await using var request = store.BeginRequest();
        var (user, bonus) = UserAccount.Register("planner", "planner@example.com", "hash", null, Now);
        var (neighbour, neighbourBonus) = UserAccount.Register("neighbour", "neighbour@example.com", "hash", "planner", Now);
        var item = Item.CreateWithDfid(
            Dfid.Create(DateOnly.FromDateTime(Now.UtcDateTime), 1),
            [Identifier.Canonical("bovino", "sisbov", "BR123456789012"), Identifier.Contextual("bovino", "lote", "L-1")],
            new JsonObject { ["breed"] = "Nelore" }, Guid.NewGuid(), user.Id, user.WorkspaceId, Now);
        var local = Item.CreateLocal(Guid.NewGuid(), [], null, Guid.NewGuid(), user.Id, user.WorkspaceId, Now);
        request.Users.Add(user);
        request.Users.Add(neighbour);
        request.CreditTransactions.Add(bonus);
        request.CreditTransactions.Add(neighbourBonus);
        request.Get<IItemRepository>().Add(item);
        request.Get<IItemRepository>().Add(local);
        request.ItemShares.Add(ItemShare.Create(item.Dfid, user.Id, neighbour.Id, null, Now));
        var circuit = Circuit.Create("Plans", "d", user.Id, Now);
        circuit.SetInitialPublicSettings(new PublicProfile(PublicAccessMode.Public), null, Now);
        request.Get<ICircuitRepository>().Add(circuit);
        request.Get<ICircuitItemRepository>().Add(CircuitItem.Add(circuit.Id, item.Dfid, user.Id, Now));
        await request.CommitAsync();
        return new PlanData(user, neighbour, item, local, circuit);
    }

    private static async Task RunRequestPathQueriesAsync(PersistenceStore store, PlanData data)
    {
        var (user, item) = (data.User, data.Item);
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

        await items.GetByDfidAsync(data.Local.Dfid, none);

        var queries = request.Get<IItemQueries>();
        var viewer = new ItemViewer(user.Id, user.WorkspaceId, IsAdmin: false);
        await queries.GetVisibleAsync(user.Id, item.Dfid, none);
        // Not the creator: the second statement reads the admin flag, workspace, shares and circuit grants.
        await queries.GetVisibleAsync(data.Neighbour.Id, item.Dfid, none);
        await queries.GetVisibleAsync(data.Neighbour.Id, data.Local.Dfid, none);
        await queries.ListAsync(viewer, new ItemFilter(null, null, null), 100, 0, none);
        await queries.ListAsync(viewer, new ItemFilter(null, null, ItemStatus.Active), 100, 0, none);
        await queries.ListAsync(viewer, new ItemFilter("sisbov", "BR123456789012", null), 100, 0, none);
        await queries.ListAsync(viewer, new ItemFilter("lote", null, null), 100, 0, none);
        await queries.GetStatisticsAsync(viewer, none);
        // Granted DFIDs (a share) travel as an array; an admin lists every DFID item and their workspace's LIDs.
        var neighbour = new ItemViewer(data.Neighbour.Id, data.Neighbour.WorkspaceId, IsAdmin: false);
        await queries.ListAsync(neighbour, new ItemFilter(null, null, null), 100, 0, none);
        await queries.ListAsync(neighbour, new ItemFilter(null, null, ItemStatus.Active), 100, 0, none);
        await queries.GetStatisticsAsync(neighbour, none);
        await queries.ListAsync(viewer with { IsAdmin = true }, new ItemFilter(null, null, null), 100, 0, none);

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
        var member = new EventViewer(user.Id, [data.Circuit.Id.ToString()]);
        await eventQueries.ListAsync(member, new EventFilter(), 100, 0, none);
        await eventQueries.ListAsync(member, new EventFilter(Dfid: item.Dfid), 100, 0, none);
        await eventQueries.ListAsync(member, new EventFilter(EventType: EventType.Created), 100, 0, none);
        await eventQueries.ListAsync(member, new EventFilter(Visibility: EventVisibility.CircuitOnly), 100, 0, none);
        await eventQueries.ListAsync(member, new EventFilter(From: Now, To: Now.AddDays(1)), 100, 0, none);

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

    private static async Task RunCircuitQueriesAsync(PersistenceStore store, PlanData data)
    {
        var (user, item, circuit) = (data.User, data.Item, data.Circuit);
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
        await itemQueries.ListNewestFirstAsync(
            new ItemViewer(data.Neighbour.Id, data.Neighbour.WorkspaceId, IsAdmin: false), null, 100, 0, none);
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
        await membership.GrantsPushOnItemAsync(item.Dfid, user.Id, none);
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

    /// <summary>
    /// The item route's hand-written read (ADR-021), which EF Core's interceptors never see, for a caller who is
    /// not the item's creator, so every grant of the visibility rule is planned.
    /// </summary>
    private static IEnumerable<RecordedCommand> ItemRouteRead(PlanData data) =>
        ItemResponseReader.CreateBatch(data.Neighbour.Id, data.Item.Dfid, Now).BatchCommands.Cast<NpgsqlBatchCommand>()
            .Select(command => new RecordedCommand(command.CommandText, command.Parameters.Cast<NpgsqlParameter>().ToList()));

    private async Task<Plan> ExplainAsync(RecordedCommand command)
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        // On near-empty tables a sequential scan, a hash or merge join (which read their inputs whole) or a sort of
        // everything is always cheapest; off, the planner shows the index-driven plan it takes at scale, and a whole
        // read left in it means no index can serve that access.
        await using (var disable = new NpgsqlCommand(
            "SET enable_seqscan = off; SET enable_hashjoin = off; SET enable_mergejoin = off",
            connection))
        {
            await disable.ExecuteNonQueryAsync();
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (FORMAT JSON) " + command.Sql, connection);
        explain.Parameters.AddRange(command.Parameters.Select(p => p.Clone()).ToArray());
        var json = (string)(await explain.ExecuteScalarAsync())!;
        var root = JsonNode.Parse(json)!.AsArray().Single()!["Plan"]!.AsObject();
        return new Plan(PlanNode.From(root, inOrderedPage: false), root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    private static PlanNode ParsePlan(string json) => PlanNode.From(JsonNode.Parse(json)!.AsObject(), inOrderedPage: false);

    private sealed record PlanData(UserAccount User, UserAccount Neighbour, Item Item, Item Local, Circuit Circuit);

    private sealed record Plan(PlanNode Root, string Text);

    /// <summary>One node of an <c>EXPLAIN (FORMAT JSON)</c> plan.</summary>
    /// <param name="InOrderedPage">
    /// Whether the node's rows stream, in the order it produces them, into a Limit: nothing between them reads all
    /// its input first (a sort, a hash, an aggregate), and the node is not the inner side of a join (which is
    /// scanned again for every outer row).
    /// </param>
    private sealed record PlanNode(
        string Type, string? Relation, string? Index, bool HasIndexCondition, bool InOrderedPage,
        IReadOnlyList<PlanNode> Children)
    {
        /// <summary>Nodes that pass rows on one by one, in order, so a Limit above them stops what is below.</summary>
        private static readonly HashSet<string> Streaming =
            ["Limit", "Nested Loop", "Subquery Scan", "Result", "Unique", "Append", "Merge Append", "Gather Merge", "Incremental Sort"];

        /// <summary>
        /// A sequential scan, or an index scan without an index condition: both read the whole relation. The
        /// exception is an ordered page walk: a list page (newest events, items by creation time) walks the
        /// index that gives its order and stops at the limit, which is how such a page should be read; the
        /// filter it applies on the way is the price of not sorting.
        /// </summary>
        public bool ReadsWholeRelation => Type switch
        {
            "Seq Scan" => true,
            "Index Scan" or "Index Only Scan" => !HasIndexCondition && !InOrderedPage,
            _ => false,
        };

        public IEnumerable<PlanNode> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

        public string Describe() => $"{Type} on {Relation}{(Index is null ? "" : $" using {Index}")}";

        public static PlanNode From(JsonObject node, bool inOrderedPage)
        {
            var type = node["Node Type"]!.GetValue<string>();
            var children = (node["Plans"]?.AsArray() ?? []).Select(child =>
            {
                var relationship = child!["Parent Relationship"]?.GetValue<string>();
                var streams = relationship is not ("Inner" or "SubPlan" or "InitPlan")
                    && (type == "Limit" || (inOrderedPage && Streaming.Contains(type)));
                return From(child.AsObject(), streams);
            });
            return new PlanNode(
                type, node["Relation Name"]?.GetValue<string>(), node["Index Name"]?.GetValue<string>(),
                node["Index Cond"] is not null, inOrderedPage, [.. children]);
        }
    }
}
