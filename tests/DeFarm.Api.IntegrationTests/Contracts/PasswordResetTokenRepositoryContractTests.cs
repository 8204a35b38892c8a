using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class PasswordResetTokenRepositoryContractTests(PersistenceProvider provider)
    : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldFindACommittedTokenByItsHashWithAllItsFields()
    {
        var user = await StoreUserAsync("alice");
        var token = new PasswordResetToken(user.Id, Hash("alice-secret"), Now, "203.0.113.7", "Mozilla/5.0");
        await StoreAsync(token);

        await using var read = BeginRequest();
        var loaded = await read.ResetTokens.GetByHashAsync(Hash("alice-secret"), None);

        loaded.ShouldNotBeNull();
        loaded.ShouldNotBeSameAs(token);
        loaded.Id.ShouldBe(token.Id);
        loaded.UserId.ShouldBe(user.Id);
        loaded.TokenHash.ShouldBe(Hash("alice-secret"));
        loaded.CreatedAt.ShouldBe(Now);
        loaded.ExpiresAt.ShouldBe(Now.AddMinutes(30));
        loaded.UsedAt.ShouldBeNull();
        loaded.IpAddress.ShouldBe("203.0.113.7");
        loaded.UserAgent.ShouldBe("Mozilla/5.0");
    }

    [Test]
    public async Task ShouldStoreATokenWithoutIpAddressOrUserAgent()
    {
        var user = await StoreUserAsync("bob");
        await StoreAsync(new PasswordResetToken(user.Id, Hash("bob-secret"), Now, null, null));

        await using var read = BeginRequest();
        var loaded = (await read.ResetTokens.GetByHashAsync(Hash("bob-secret"), None)).ShouldNotBeNull();

        loaded.IpAddress.ShouldBeNull();
        loaded.UserAgent.ShouldBeNull();
    }

    [Test]
    public async Task ShouldReturnNullForAnUnknownHash()
    {
        var user = await StoreUserAsync("carol");
        await StoreAsync(new PasswordResetToken(user.Id, Hash("carol-secret"), Now, null, null));

        await using var read = BeginRequest();

        (await read.ResetTokens.GetByHashAsync(Hash("another-secret"), None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldNotShowAnUncommittedTokenToAnotherRequest()
    {
        var user = await StoreUserAsync("dave");
        await using var write = BeginRequest();
        write.ResetTokens.Add(new PasswordResetToken(user.Id, Hash("dave-secret"), Now, null, null));

        await using var read = BeginRequest();
        (await read.ResetTokens.GetByHashAsync(Hash("dave-secret"), None)).ShouldBeNull();
        (await read.ResetTokens.CountCreatedSinceAsync(user.Id, Now.AddHours(-1), None)).ShouldBe(0);
    }

    [Test]
    public async Task ShouldPersistThatATokenWasUsed()
    {
        var user = await StoreUserAsync("erin");
        await StoreAsync(new PasswordResetToken(user.Id, Hash("erin-secret"), Now, null, null));
        await using (var write = BeginRequest())
        {
            (await write.ResetTokens.GetByHashAsync(Hash("erin-secret"), None)).ShouldNotBeNull()
                .MarkUsed(Now.AddMinutes(5));
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var loaded = (await read.ResetTokens.GetByHashAsync(Hash("erin-secret"), None)).ShouldNotBeNull();

        loaded.UsedAt.ShouldBe(Now.AddMinutes(5));
        loaded.IsUsable(Now.AddMinutes(6)).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldReturnTheSameInstanceWhenOneRequestLoadsATokenTwice()
    {
        var user = await StoreUserAsync("frank");
        await StoreAsync(new PasswordResetToken(user.Id, Hash("frank-secret"), Now, null, null));

        await using var request = BeginRequest();
        var first = await request.ResetTokens.GetByHashAsync(Hash("frank-secret"), None);
        var second = await request.ResetTokens.GetByHashAsync(Hash("frank-secret"), None);

        first.ShouldNotBeNull();
        second.ShouldBeSameAs(first);
    }

    [Test]
    public async Task ShouldRejectTheSecondOfTwoConcurrentUsesOfTheSameToken()
    {
        var user = await StoreUserAsync("grace");
        await StoreAsync(new PasswordResetToken(user.Id, Hash("grace-secret"), Now, null, null));
        await using var first = BeginRequest();
        await using var second = BeginRequest();
        var firstCopy = (await first.ResetTokens.GetByHashAsync(Hash("grace-secret"), None)).ShouldNotBeNull();
        var secondCopy = (await second.ResetTokens.GetByHashAsync(Hash("grace-secret"), None)).ShouldNotBeNull();

        firstCopy.MarkUsed(Now.AddMinutes(1));
        secondCopy.MarkUsed(Now.AddMinutes(2));
        await first.CommitAsync();

        (await Should.ThrowAsync<ConcurrentUpdateException>(second.CommitAsync)).Code.ShouldBe("concurrent_update");
        await using var read = BeginRequest();
        (await read.ResetTokens.GetByHashAsync(Hash("grace-secret"), None)).ShouldNotBeNull()
            .UsedAt.ShouldBe(Now.AddMinutes(1));
    }

    [Test]
    public async Task ShouldRejectUsingATokenThatMaintenanceDeletedMeanwhile()
    {
        var user = await StoreUserAsync("ivy");
        await StoreAsync(new PasswordResetToken(user.Id, Hash("ivy-secret"), Now.AddMinutes(-29), null, null));
        await using var reset = BeginRequest();
        var token = (await reset.ResetTokens.GetByHashAsync(Hash("ivy-secret"), None)).ShouldNotBeNull();
        await using (var maintenance = BeginRequest())
        {
            (await maintenance.ResetTokens.DeleteExpiredOrUsedAsync(Now.AddMinutes(1), None)).ShouldBe(1);
        }

        token.MarkUsed(Now);

        (await Should.ThrowAsync<ConcurrentUpdateException>(reset.CommitAsync)).Code.ShouldBe("concurrent_update");
    }

    /// <remarks>The in-memory table reports this unique index as "duplicate_key"; PostgreSQL must say the same.</remarks>
    [Test]
    public async Task ShouldRejectADuplicateTokenHashAtCommit()
    {
        var user = await StoreUserAsync("heidi");
        await StoreAsync(new PasswordResetToken(user.Id, Hash("heidi-secret"), Now, null, null));
        var duplicate = new PasswordResetToken(user.Id, Hash("heidi-secret"), Now.AddMinutes(1), null, null);

        await using (var write = BeginRequest())
        {
            write.ResetTokens.Add(duplicate);

            (await Should.ThrowAsync<ConflictException>(write.CommitAsync)).Code.ShouldBe("duplicate_key");
        }

        await using var read = BeginRequest();
        (await read.ResetTokens.GetByHashAsync(Hash("heidi-secret"), None)).ShouldNotBeNull()
            .Id.ShouldNotBe(duplicate.Id);
    }

    [Test]
    public async Task ShouldCountOnlyTheUsersTokensCreatedSinceTheInstant()
    {
        var ivan = await StoreUserAsync("ivan");
        var judy = await StoreUserAsync("judy");
        var since = Now.AddHours(-1);
        await StoreAsync(
            new PasswordResetToken(ivan.Id, Hash("ivan-1"), since.AddSeconds(-1), null, null),
            new PasswordResetToken(ivan.Id, Hash("ivan-2"), since, null, null),
            new PasswordResetToken(ivan.Id, Hash("ivan-3"), Now.AddMinutes(-30), null, null),
            new PasswordResetToken(ivan.Id, Hash("ivan-4"), Now, null, null),
            new PasswordResetToken(judy.Id, Hash("judy-1"), Now.AddMinutes(-10), null, null));

        await using var read = BeginRequest();

        (await read.ResetTokens.CountCreatedSinceAsync(ivan.Id, since, None)).ShouldBe(3);
        (await read.ResetTokens.CountCreatedSinceAsync(judy.Id, since, None)).ShouldBe(1);
        (await read.ResetTokens.CountCreatedSinceAsync(ivan.Id, Now.AddSeconds(1), None)).ShouldBe(0);
    }

    [Test]
    public async Task ShouldDeleteOnlyExpiredAndUsedTokensAndReturnHowMany()
    {
        var user = await StoreUserAsync("mallory");
        var used = new PasswordResetToken(user.Id, Hash("used"), Now.AddMinutes(-5), null, null);
        used.MarkUsed(Now.AddMinutes(-1));
        await StoreAsync(
            new PasswordResetToken(user.Id, Hash("fresh"), Now.AddMinutes(-10), null, null),
            new PasswordResetToken(user.Id, Hash("expired"), Now.AddMinutes(-45), null, null),
            new PasswordResetToken(user.Id, Hash("expiring-now"), Now.AddMinutes(-30), null, null),
            used);

        int deleted;
        await using (var maintenance = BeginRequest())
        {
            deleted = await maintenance.ResetTokens.DeleteExpiredOrUsedAsync(Now, None);
        }

        deleted.ShouldBe(3);
        await using var read = BeginRequest();
        (await read.ResetTokens.GetByHashAsync(Hash("fresh"), None)).ShouldNotBeNull();
        (await read.ResetTokens.GetByHashAsync(Hash("expired"), None)).ShouldBeNull();
        (await read.ResetTokens.GetByHashAsync(Hash("expiring-now"), None)).ShouldBeNull();
        (await read.ResetTokens.GetByHashAsync(Hash("used"), None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldDeleteNothingWhenNoTokenIsExpiredOrUsed()
    {
        var user = await StoreUserAsync("niaj");
        await StoreAsync(new PasswordResetToken(user.Id, Hash("niaj-secret"), Now, null, null));

        await using var maintenance = BeginRequest();

        (await maintenance.ResetTokens.DeleteExpiredOrUsedAsync(Now.AddMinutes(29), None)).ShouldBe(0);
    }

    private static string Hash(string secret) => Blake3Hash.Hex(secret);

    private async Task StoreAsync(params PasswordResetToken[] tokens)
    {
        await using var request = BeginRequest();
        foreach (var token in tokens)
        {
            request.ResetTokens.Add(token);
        }

        await request.CommitAsync();
    }
}
