using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class CircuitRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldReadBackEverythingACircuitOwns()
    {
        var circuit = Circuit.Create("Bovine", "Cattle", "alice", Now);
        circuit.Update(null, null, requireApprovalForPush: true, requireApprovalForPull: null, allowPublicVisibility: null, Now);
        circuit.AddMember("bob", MemberRole.Admin, "alice", Now);
        circuit.AddMember("carol", MemberRole.Viewer, "alice", Now);
        circuit.CreateRole("Lab", [CircuitPermission.Pull, CircuitPermission.Certify], "Certifies", "#00ff00", "alice", Now);
        circuit.AssignRole("carol", "Lab", Now);
        circuit.SubmitJoinRequest("dave", "please", Now);
        circuit.SubmitJoinRequest("erin", null, Now);
        circuit.RejectJoinRequest("erin", "bob", Now.AddMinutes(1));
        circuit.ConfigureAdapter(CircuitAdapterType.IpfsIpfs, true, false, true, "alice", Now);
        circuit.ConfigureAliases(new CircuitAliasConfig(["sisbov"], ["lote"], false, ["bovino"], true), Now);
        circuit.ReplacePublicSettings(
            new PublicProfile(PublicAccessMode.Protected, PublicName: "Pub", ExportPermissions: ExportPermission.Members,
                AutoApproveMembers: true),
            "hash-of-pw", ["DFID-1"], new HashSet<string> { "DFID-1" }, Now);
        await StoreAsync(circuit);

        await using var read = BeginRequest();
        var loaded = (await read.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None)).ShouldNotBeNull();

        loaded.ShouldNotBeSameAs(circuit);
        loaded.Name.ShouldBe("Bovine");
        loaded.OwnerId.ShouldBe("alice");
        loaded.CreatedAt.ShouldBe(Now);
        loaded.RequireApprovalForPush.ShouldBeTrue();
        loaded.AllowPublicVisibility.ShouldBeTrue();
        loaded.Members.Select(m => (m.MemberId, m.Role, m.CustomRoleName)).OrderBy(m => m.MemberId).ShouldBe(
            [("alice", MemberRole.Owner, null), ("bob", MemberRole.Admin, null), ("carol", MemberRole.Viewer, "Lab")]);
        loaded.MemberOf("carol")!.Permissions.ShouldBe([CircuitPermission.Pull, CircuitPermission.Certify]);
        loaded.MemberOf("alice")!.Permissions.ShouldBe(CircuitPermissions.All);
        var lab = loaded.RoleNamed("Lab").ShouldNotBeNull();
        (lab.Description, lab.Color, lab.CreatedBy, lab.IsDefault).ShouldBe(("Certifies", "#00ff00", "alice", false));
        var owner = loaded.RoleNamed("Owner").ShouldNotBeNull();
        (owner.Description, owner.Color, owner.CreatedBy, owner.IsDefault).ShouldBe(
            ("Circuit owner with full permissions", "#gold", "system", true));
        loaded.JoinRequests.OrderBy(r => r.RequesterId).Select(r => (r.RequesterId, r.Message, r.Status, r.DecidedBy)).ShouldBe(
            [("dave", "please", JoinRequestStatus.Pending, null), ("erin", null, JoinRequestStatus.Rejected, "bob")]);
        var adapter = loaded.AdapterConfig.ShouldNotBeNull();
        (adapter.AdapterType, adapter.RequiresApproval, adapter.SponsorAdapterAccess, adapter.ConfiguredBy)
            .ShouldBe((CircuitAdapterType.IpfsIpfs, true, true, "alice"));
        var aliases = loaded.AliasConfig.ShouldNotBeNull();
        aliases.RequiredCanonical.ShouldBe(["sisbov"]);
        aliases.RequiredContextual.ShouldBe(["lote"]);
        aliases.AllowedNamespaces.ShouldBe(["bovino"]);
        (aliases.UseFingerprint, aliases.AutoApplyNamespace).ShouldBe((false, true));
        var settings = loaded.PublicSettings.ShouldNotBeNull();
        (settings.AccessMode, settings.AccessPasswordHash, settings.PublicName, settings.ExportPermissions, settings.AutoApproveMembers)
            .ShouldBe((PublicAccessMode.Protected, "hash-of-pw", "Pub", ExportPermission.Members, true));
        settings.PublicSince.ShouldBeNull();
        loaded.PublishedItems.ShouldHaveSingleItem().Dfid.ShouldBe("DFID-1");
    }

    [Test]
    public async Task ShouldReadBackPostActionsAndWebhooksAndTheirChanges()
    {
        var circuit = Circuit.Create("Bovine", "Cattle", "alice", Now);
        var erp = circuit.AddWebhook(
            new WebhookDefinition(
                "ERP", new Uri("https://erp.example.com/hooks?x=1"), WebhookMethod.Put,
                new Dictionary<string, string> { ["X-Tenant"] = "acme" }, WebhookAuthType.BasicAuth, "erp:pa55", Enabled: true,
                new WebhookRetryPolicy(5, 250, 4000, 1.5)),
            "secret-1", Now);
        var spare = circuit.AddWebhook(
            new WebhookDefinition(
                "Spare", new Uri("http://198.51.100.7/"), WebhookMethod.Post, new Dictionary<string, string>(),
                WebhookAuthType.None, null, Enabled: false, WebhookRetryPolicy.Default),
            "secret-2", Now);
        circuit.ConfigurePostActions(true, [WebhookTrigger.ItemTokenized, WebhookTrigger.ItemPushed], false, null, Now);
        await StoreAsync(circuit);

        await using (var read = BeginRequest())
        {
            var loaded = (await read.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None)).ShouldNotBeNull();
            var settings = loaded.PostActionSettings.ShouldNotBeNull();
            (settings.Enabled, settings.IncludeStorageDetails, settings.IncludeItemMetadata).ShouldBe((true, false, true));
            settings.TriggerEvents.ShouldBe([WebhookTrigger.ItemPushed, WebhookTrigger.ItemTokenized]);
            loaded.Webhooks.Count.ShouldBe(2);
            var webhook = loaded.WebhookById(erp.Id).ShouldNotBeNull();
            (webhook.Name, webhook.Url, webhook.Method, webhook.AuthType, webhook.AuthCredentials, webhook.Enabled, webhook.SigningSecret)
                .ShouldBe(("ERP", "https://erp.example.com/hooks?x=1", WebhookMethod.Put, WebhookAuthType.BasicAuth, "erp:pa55", true, "secret-1"));
            webhook.HeaderPairs.ShouldBe([KeyValuePair.Create("X-Tenant", "acme")]);
            (webhook.RetryPolicy.MaxRetries, webhook.RetryPolicy.InitialDelayMs, webhook.RetryPolicy.MaxDelayMs, webhook.RetryPolicy.BackoffMultiplier)
                .ShouldBe((5, 250, 4000, 1.5));
            (webhook.CreatedAt, webhook.UpdatedAt).ShouldBe((Now, Now));
            loaded.WebhooksFiredBy(WebhookTrigger.ItemPushed).ShouldHaveSingleItem().Id.ShouldBe(erp.Id);
            loaded.WebhooksFiredBy(WebhookTrigger.ItemApproved).ShouldBeEmpty();
        }

        await using (var change = BeginRequest())
        {
            var loaded = (await change.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None))!;
            loaded.UpdateWebhook(erp.Id, new WebhookChange(Name: "ERP 2", Headers: new Dictionary<string, string>()), Now.AddMinutes(1));
            loaded.RemoveWebhook(spare.Id, Now.AddMinutes(1));
            await change.CommitAsync();
        }

        await using var reread = BeginRequest();
        var changed = (await reread.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None))!;
        var remaining = changed.Webhooks.ShouldHaveSingleItem();
        (remaining.Name, remaining.UpdatedAt, remaining.SigningSecret, remaining.AuthCredentials)
            .ShouldBe(("ERP 2", Now.AddMinutes(1), "secret-1", "erp:pa55"));
        remaining.HeaderPairs.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldStoreAChangedCircuitAndNotShowUncommittedOnes()
    {
        var circuit = Circuit.Create("Bovine", "Cattle", "alice", Now);
        await StoreAsync(circuit);
        await using (var write = BeginRequest())
        {
            var loaded = (await write.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None))!;
            loaded.AddMember("bob", MemberRole.Member, "alice", Now);
            loaded.CreateRole("Lab", [CircuitPermission.Pull], "d", null, "alice", Now);
            loaded.ReplacePublicSettings(new PublicProfile(PublicAccessMode.Public), null, [], new HashSet<string>(), Now);
            await write.CommitAsync();
        }

        await using var uncommitted = BeginRequest();
        uncommitted.Get<ICircuitRepository>().Add(Circuit.Create("Draft", "d", "alice", Now));

        await using var read = BeginRequest();
        var reloaded = (await read.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None))!;
        reloaded.IsMember("bob").ShouldBeTrue();
        reloaded.RoleNamed("Lab").ShouldNotBeNull();
        reloaded.PublicSettings!.PublicSince.ShouldBe(Now);
        (await read.Get<ICircuitRepository>().CountActiveOwnedByAsync("alice", None)).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRejectAStaleChangeOfACircuit()
    {
        var circuit = Circuit.Create("Bovine", "Cattle", "alice", Now);
        await StoreAsync(circuit);
        await using var first = BeginRequest();
        await using var second = BeginRequest();
        var mine = (await first.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None))!;
        var theirs = (await second.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None))!;
        mine.AddMember("bob", MemberRole.Viewer, "alice", Now);
        theirs.SubmitJoinRequest("dave", null, Now);

        await first.CommitAsync();

        await Should.ThrowAsync<ConcurrentUpdateException>(second.CommitAsync);
        await using var read = BeginRequest();
        var stored = (await read.Get<ICircuitRepository>().GetByIdAsync(circuit.Id, None))!;
        stored.IsMember("bob").ShouldBeTrue();
        stored.JoinRequests.ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldCountOnlyTheActiveCircuitsAUserOwns()
    {
        var active = Circuit.Create("A", "d", "alice", Now);
        var inactive = Circuit.Create("B", "d", "alice", Now);
        inactive.Deactivate(Now);
        var joined = Circuit.Create("C", "d", "bob", Now);
        joined.AddMember("alice", MemberRole.Admin, "bob", Now);
        await StoreAsync(active, inactive, joined);

        await using var read = BeginRequest();
        (await read.Get<ICircuitRepository>().CountActiveOwnedByAsync("alice", None)).ShouldBe(1);
    }

    [Test]
    public async Task ShouldListTheViewersCircuitsAndThePubliclyAccessibleOnesNewestFirst()
    {
        var own = Circuit.Create("own", "d", "alice", Now);
        var joined = Circuit.Create("joined", "d", "bob", Now.AddMinutes(1));
        joined.AddMember("alice", MemberRole.Viewer, "bob", Now);
        var open = Circuit.Create("open", "d", "bob", Now.AddMinutes(2));
        open.Update(null, null, null, null, allowPublicVisibility: true, Now);
        var notYet = Circuit.Create("not yet", "d", "bob", Now.AddMinutes(3));
        notYet.ReplacePublicSettings(
            new PublicProfile(PublicAccessMode.Scheduled, ScheduledDate: Now.AddDays(1)), null, [], new HashSet<string>(), Now);
        var closed = Circuit.Create("closed", "d", "bob", Now.AddMinutes(4));
        closed.Deactivate(Now);
        await StoreAsync(own, joined, open, notYet, closed);

        await using var read = BeginRequest();
        var queries = read.Get<ICircuitQueries>();

        (await queries.ListAsync(Filter("alice", includePublic: true), None)).Select(c => c.Name).ShouldBe(["open", "joined", "own"]);
        (await queries.ListAsync(Filter("alice", includePublic: false), None)).Select(c => c.Name).ShouldBe(["joined", "own"]);
        (await queries.ListAsync(Filter("carol", includePublic: true), None)).Select(c => c.Name).ShouldBe(["open"]);
        (await queries.ListAsync(Filter("carol", includePublic: true) with { Now = Now.AddDays(2) }, None))
            .Select(c => c.Name).ShouldBe(["not yet", "open"]);
        (await queries.ListAsync(Filter("bob", includePublic: false) with { Status = CircuitStatus.Inactive }, None))
            .Select(c => c.Name).ShouldBe(["closed"]);
        (await queries.ListAsync(Filter("bob", includePublic: false) with { Limit = 2, Offset = 1 }, None))
            .Select(c => c.Name).ShouldBe(["not yet", "open"]);
        var listed = (await queries.ListAsync(Filter("alice", includePublic: false), None))[0];
        listed.Members.Count.ShouldBe(2);
        listed.CustomRoles.Count.ShouldBe(2);
        (await queries.ListOfMemberAsync("alice", None)).Select(c => c.Name).ShouldBe(["joined", "own"]);
    }

    [Test]
    public async Task ShouldNameTheCircuitsThatExist()
    {
        var first = Circuit.Create("Bovinos MS", "d", "alice", Now);
        var second = Circuit.Create("Café do Sul", "d", "bob", Now);
        await StoreAsync(first, second);

        await using var read = BeginRequest();
        var names = await read.Get<ICircuitQueries>().GetNamesAsync([first.Id, second.Id, Guid.NewGuid()], None);

        names.ShouldBe(new Dictionary<Guid, string> { [first.Id] = "Bovinos MS", [second.Id] = "Café do Sul" }, ignoreOrder: true);
    }

    private static CircuitListFilter Filter(string viewer, bool includePublic) =>
        new(viewer, includePublic, null, Now, 100, 0);

    private async Task StoreAsync(params Circuit[] circuits)
    {
        await using var request = BeginRequest();
        foreach (var circuit in circuits)
        {
            request.Get<ICircuitRepository>().Add(circuit);
        }

        await request.CommitAsync();
    }
}
