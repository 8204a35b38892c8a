using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.ApiKeys;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>Partner API keys and their per-minute usage counters on both providers.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class ApiKeyContractTests(PersistenceProvider provider) : RecordsContractTest(provider)
{
    [Test]
    public async Task ShouldStoreKeysByHashListThemPerOwnerAndKeepARevocation()
    {
        var circuit = await StoreCircuitAsync("alice");
        var (older, secret) = ApiKey.Issue("alice", circuit.Id, "ERP", "d", 30, Now);
        var (newer, _) = ApiKey.Issue("alice", circuit.Id, "BI", null, null, Now.AddMinutes(1));
        var (bobs, _) = ApiKey.Issue("bob", circuit.Id, "x", null, null, Now);
        await StageAsync(r =>
        {
            r.Get<IApiKeyRepository>().Add(older);
            r.Get<IApiKeyRepository>().Add(newer);
            r.Get<IApiKeyRepository>().Add(bobs);
        });

        await using (var revoke = BeginRequest())
        {
            (await revoke.Get<IApiKeyRepository>().GetByIdAsync(older.Id, None))!.Revoke(Now.AddMinutes(2));
            await revoke.CommitAsync();
        }

        await using var read = BeginRequest();
        var keys = read.Get<IApiKeyRepository>();
        var found = (await keys.FindByHashAsync(ApiKey.HashOf(secret), None)).ShouldNotBeNull();
        (found.Id, found.Name, found.Description, found.OwnerId, found.CircuitId, found.ExpiresAt, found.IsActive, found.RevokedAt)
            .ShouldBe((older.Id, "ERP", "d", "alice", circuit.Id, Now.AddDays(30), false, Now.AddMinutes(2)));
        (await keys.FindByHashAsync(ApiKey.HashOf("dfm_other"), None)).ShouldBeNull();
        (await keys.ListOwnedAsync("alice", None)).Select(k => k.Id).ShouldBe([newer.Id, older.Id]);
        (await keys.GetByIdAsync(Guid.NewGuid(), None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldRefuseASecondKeyWithTheSameHash()
    {
        var circuit = await StoreCircuitAsync("alice");
        var (key, _) = ApiKey.Issue("alice", circuit.Id, "k", null, null, Now);
        await StageAsync(r => r.Get<IApiKeyRepository>().Add(key));

        await using var twice = BeginRequest();
        twice.Get<IApiKeyRepository>().Add(ObjectCopyWithNewId(key));
        await Should.ThrowAsync<ConflictException>(twice.CommitAsync);
    }

    [Test]
    public async Task ShouldCountRequestsErrorsAndRefusalsPerMinuteAndWindow()
    {
        var circuit = await StoreCircuitAsync("alice");
        var (key, _) = ApiKey.Issue("alice", circuit.Id, "k", null, null, Now);
        var (unused, _) = ApiKey.Issue("alice", circuit.Id, "u", null, null, Now);
        await StageAsync(r =>
        {
            r.Get<IApiKeyRepository>().Add(key);
            r.Get<IApiKeyRepository>().Add(unused);
        });
        await using var request = BeginRequest();
        var usage = request.Get<IApiKeyUsage>();

        await usage.RecordAsync(key.Id, Now.AddDays(-2), ApiKeyRequestOutcome.Failed, None);
        await usage.RecordAsync(key.Id, Now.AddMinutes(-5), ApiKeyRequestOutcome.Succeeded, None);
        await usage.RecordAsync(key.Id, Now.AddSeconds(1), ApiKeyRequestOutcome.Succeeded, None);
        await usage.RecordAsync(key.Id, Now.AddSeconds(2), ApiKeyRequestOutcome.RateLimited, None);

        (await usage.GetCountsAsync(key.Id, Now.AddSeconds(3), None))
            .ShouldBe(new ApiKeyUsageCounts(4, 2, 3, 1, Now.AddSeconds(2)));
        (await usage.GetCountsAsync(unused.Id, Now, None)).ShouldBe(ApiKeyUsageCounts.None);
        (await usage.LastUsedAsync([key.Id, unused.Id], None)).ShouldBe(new Dictionary<Guid, DateTimeOffset> { [key.Id] = Now.AddSeconds(2) });
        (await usage.CountRateLimitedAsync(None)).ShouldBe(1);
    }

    /// <summary>The same key under another id: only the secret hash then clashes.</summary>
    private static ApiKey ObjectCopyWithNewId(ApiKey key)
    {
        var copy = (ApiKey)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(typeof(ApiKey));
        foreach (var property in typeof(ApiKey).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(copy, property.Name == nameof(ApiKey.Id) ? Guid.NewGuid() : property.GetValue(key));
        }

        return copy;
    }
}
