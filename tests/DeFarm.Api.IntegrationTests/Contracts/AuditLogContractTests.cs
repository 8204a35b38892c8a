using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Audit;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>Audit chains on both providers: heads, newest-first reads, stored text kept byte for byte, no forks.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class AuditLogContractTests(PersistenceProvider provider) : RecordsContractTest(provider)
{
    [Test]
    public async Task ShouldReadEachChainsHeadAndNewestEntriesAndEveryChainTogether()
    {
        var a1 = Append(null, "workspace:a", Now);
        var b1 = Append(null, "user:b", Now.AddMinutes(1));
        var a2 = Append(a1, "workspace:a", Now.AddMinutes(2));
        await StageAsync(r =>
        {
            r.Get<IAuditLogRepository>().Add(a1);
            r.Get<IAuditLogRepository>().Add(b1);
            r.Get<IAuditLogRepository>().Add(a2);
        });

        await using var read = BeginRequest();
        var log = read.Get<IAuditLogRepository>();
        (await log.GetHeadAsync("workspace:a", None)).ShouldNotBeNull().Id.ShouldBe(a2.Id);
        (await log.GetHeadAsync("workspace:none", None)).ShouldBeNull();
        (await log.ListNewestAsync("workspace:a", 10, None)).Select(e => e.Id).ShouldBe([a2.Id, a1.Id]);
        (await log.ListNewestAsync("workspace:a", 1, None)).Select(e => e.Id).ShouldBe([a2.Id]);
        (await log.ListNewestAsync(null, 10, None)).Select(e => e.Id).ShouldBe([a2.Id, b1.Id, a1.Id]);
        var stored = (await log.ListNewestAsync("workspace:a", 10, None)).Last();
        (stored.Sequence, stored.Action, stored.ResourceType, stored.ResourceId, stored.UserId, stored.CreatedAt, stored.PreviousHash)
            .ShouldBe((1L, "create", "item", "DFID-1", "alice", Now, (string?)null));
        AuditChainCheck.Of(await log.ListNewestAsync(null, 10, None)).IsValid.ShouldBeTrue();
    }

    [Test]
    public async Task ShouldKeepTheChangesTextItHashed()
    {
        var entry = AuditEntry.Append(
            null, "user:a", "enrich", "item", "DFID-1", "alice", (JsonObject)JsonNode.Parse("""{"weight":1E3,"b":[1.50]}""")!, Now);
        await StageAsync(r => r.Get<IAuditLogRepository>().Add(entry));

        await using var read = BeginRequest();
        var stored = (await read.Get<IAuditLogRepository>().GetHeadAsync("user:a", None))!;
        stored.Changes.ShouldBe("""{"b":[1.50],"weight":1E3}""");
        stored.ComputeHash().ShouldBe(entry.Hash);
    }

    [Test]
    public async Task ShouldRefuseASecondEntryAtOnePlaceOfAChain()
    {
        var first = Append(null, "user:a", Now);
        await StageAsync(r => r.Get<IAuditLogRepository>().Add(first));

        await using var racing = BeginRequest();
        racing.Get<IAuditLogRepository>().Add(Append(null, "user:a", Now));
        await Should.ThrowAsync<ConcurrentUpdateException>(racing.CommitAsync);
    }

    private static AuditEntry Append(AuditEntry? head, string chain, DateTimeOffset at) =>
        AuditEntry.Append(head, chain, "create", "item", "DFID-1", "alice", new JsonObject { ["n"] = 1 }, at);
}
