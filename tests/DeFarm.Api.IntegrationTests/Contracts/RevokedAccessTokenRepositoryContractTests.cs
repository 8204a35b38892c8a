using DeFarm.Domain.Common;
using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class RevokedAccessTokenRepositoryContractTests(PersistenceProvider provider)
    : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldReportACommittedRevocation()
    {
        var user = await StoreUserAsync("alice");
        await StoreAsync(new RevokedAccessToken(Hash("alice-jwt"), user.Id, Now.AddHours(24), Now));

        await using var read = BeginRequest();

        (await read.RevokedTokens.IsRevokedAsync(Hash("alice-jwt"), None)).ShouldBeTrue();
        (await read.RevokedTokens.IsRevokedAsync(Hash("another-jwt"), None)).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldNotReportAnUncommittedRevocationToAnotherRequest()
    {
        var user = await StoreUserAsync("bob");
        await using var write = BeginRequest();
        write.RevokedTokens.Add(new RevokedAccessToken(Hash("bob-jwt"), user.Id, Now.AddHours(24), Now));

        await using var read = BeginRequest();
        (await read.RevokedTokens.IsRevokedAsync(Hash("bob-jwt"), None)).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldDeleteOnlyExpiredRevocationsAndReturnHowMany()
    {
        var user = await StoreUserAsync("carol");
        await StoreAsync(
            new RevokedAccessToken(Hash("live"), user.Id, Now.AddMinutes(1), Now.AddHours(-1)),
            new RevokedAccessToken(Hash("expired"), user.Id, Now.AddMinutes(-1), Now.AddHours(-2)),
            new RevokedAccessToken(Hash("expiring-now"), user.Id, Now, Now.AddHours(-3)));

        int deleted;
        await using (var maintenance = BeginRequest())
        {
            deleted = await maintenance.RevokedTokens.DeleteExpiredAsync(Now, None);
        }

        deleted.ShouldBe(2);
        await using var read = BeginRequest();
        (await read.RevokedTokens.IsRevokedAsync(Hash("live"), None)).ShouldBeTrue();
        (await read.RevokedTokens.IsRevokedAsync(Hash("expired"), None)).ShouldBeFalse();
        (await read.RevokedTokens.IsRevokedAsync(Hash("expiring-now"), None)).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldDeleteNothingWhenNoRevocationHasExpired()
    {
        var user = await StoreUserAsync("dave");
        await StoreAsync(new RevokedAccessToken(Hash("dave-jwt"), user.Id, Now.AddHours(1), Now));

        await using var maintenance = BeginRequest();

        (await maintenance.RevokedTokens.DeleteExpiredAsync(Now, None)).ShouldBe(0);
    }

    private static string Hash(string token) => Blake3Hash.Hex(token);

    private async Task StoreAsync(params RevokedAccessToken[] revocations)
    {
        await using var request = BeginRequest();
        foreach (var revocation in revocations)
        {
            request.RevokedTokens.Add(revocation);
        }

        await request.CommitAsync();
    }
}
