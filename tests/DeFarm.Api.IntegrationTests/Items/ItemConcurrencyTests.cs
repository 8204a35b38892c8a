using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>Two writers of one item: the second to commit loses with 409 instead of overwriting the first.</summary>
public sealed class ItemConcurrencyTests : ItemsTestBase
{
    [Test]
    public async Task ShouldRejectTheSecondOfTwoOverlappingUpdatesOfOneItem()
    {
        var (_, client) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(client);
        await using var first = Api.Services.CreateAsyncScope();
        await using var second = Api.Services.CreateAsyncScope();
        await EnrichInScopeAsync(first, dfid, "first");
        await EnrichInScopeAsync(second, dfid, "second");

        await CommitAsync(first);
        await Should.ThrowAsync<ConcurrentUpdateException>(() => CommitAsync(second));

        var stored = await GetItemAsync(client, dfid);
        stored.GetProperty("enriched_data").GetProperty("writer").GetString().ShouldBe("first");
        stored.GetProperty("source_entries").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task ShouldAnswerOne200AndOne409ToTwoUpdatesOfTheSameVersionOverHttp()
    {
        var (_, client) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(client);
        // The test holds the item's row without changing it: both requests read the same version, then wait to write
        // it. Released, the first write wins and the second finds the version (xmin) it read gone; enrich is not retried.
        await using var holder = await HeldTransaction.BeginAsync(
            "SELECT 1 FROM items WHERE dfid = @dfid FOR UPDATE", new NpgsqlParameter("dfid", dfid));
        var updates = new[] { "first", "second" }
            .Select(writer => client.PutAsJsonAsync($"{ItemsPath}/{dfid}", new { enriched_data = new { writer } }))
            .ToList();
        await HeldTransaction.WaitForLockWaitersAsync(2);

        await holder.CommitAsync();
        var responses = await Task.WhenAll(updates);

        responses.Select(r => r.StatusCode).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], ignoreOrder: true);
        await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBeErrorAsync(
            HttpStatusCode.Conflict, "concurrent_update", "The resource was changed by another request. Reload it and try again.");
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ReadJsonAsync();
        var stored = await GetItemAsync(client, dfid);
        stored.ToString().ShouldBe(winner.ToString(), "only the winner's data and source entry are stored");
        stored.GetProperty("source_entries").GetArrayLength().ShouldBe(2);
    }

    [Test]
    public async Task ShouldAnswer200Or409ToParallelUpdatesAndKeepEverySuccessfulOne()
    {
        const int writers = 8;
        var (_, client) = await SignedInUserAsync();
        var dfid = await CreateDfidAsync(client);

        var responses = await Task.WhenAll(Enumerable.Range(0, writers).Select(i =>
            client.PutAsJsonAsync($"{ItemsPath}/{dfid}", new { enriched_data = new Dictionary<string, int> { [$"writer_{i}"] = i } })));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict);
        statuses.ShouldContain(HttpStatusCode.OK);
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            await conflict.ShouldBeErrorAsync(HttpStatusCode.Conflict, "concurrent_update");
        }

        var stored = await GetItemAsync(client, dfid);
        var data = stored.GetProperty("enriched_data");
        for (var i = 0; i < writers; i++)
        {
            data.TryGetProperty($"writer_{i}", out _).ShouldBe(statuses[i] == HttpStatusCode.OK, $"writer_{i}");
        }

        stored.GetProperty("source_entries").GetArrayLength().ShouldBe(1 + statuses.Count(s => s == HttpStatusCode.OK));
    }

    [Test]
    public async Task ShouldLeaveNoAdvisoryLockOnAPooledConnectionAfterCreatesThatSucceedOrFail()
    {
        // Connections go back to the pool without a session reset (ADR-011), so the unit of work itself must let go
        // of the identifier locks it took, whether the command committed or failed after locking.
        var (_, owner) = await SignedInUserAsync();
        var (_, intruder) = await SignedInUserAsync();
        var identifiers = new[] { Canonical("sisbov", "BR123456789012") };
        await CreateItemAsync(owner, identifiers);

        await (await PostItemAsync(intruder, CreateBody(identifiers))).ShouldBeErrorAsync(HttpStatusCode.Conflict, "identifier_taken");

        long held = -1;
        await WithDatabaseAsync(async db => held = await db.Database
            .SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM pg_locks WHERE locktype = 'advisory'")
            .SingleAsync());
        held.ShouldBe(0);
    }

    private static async Task EnrichInScopeAsync(AsyncServiceScope scope, string dfid, string writer)
    {
        var item = (await scope.ServiceProvider.GetRequiredService<IItemRepository>().GetByDfidAsync(dfid, CancellationToken.None))
            .ShouldNotBeNull();
        item.Enrich(new JsonObject { ["writer"] = writer }, null, Guid.NewGuid(), DateTimeOffset.UtcNow);
    }

    private static Task CommitAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);
}
