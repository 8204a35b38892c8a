using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class UnitOfWorkContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldStoreEverythingStagedByOneRequestInOneCommit()
    {
        var (account, bonus) = NewUser("alice");
        await using (var write = BeginRequest())
        {
            write.Users.Add(account);
            write.CreditTransactions.Add(bonus);
            write.ResetTokens.Add(new PasswordResetToken(account.Id, Blake3Hash.Hex("alice-secret"), Now, null, null));
            write.RevokedTokens.Add(new RevokedAccessToken(Blake3Hash.Hex("alice-jwt"), account.Id, Now.AddHours(1), Now));
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        (await read.Users.GetByIdAsync(account.Id, None)).ShouldNotBeNull();
        (await read.CreditTransactions.ListRecentAsync(account.Id, 10, None)).ShouldHaveSingleItem().Id.ShouldBe(bonus.Id);
        (await read.ResetTokens.GetByHashAsync(Blake3Hash.Hex("alice-secret"), None)).ShouldNotBeNull();
        (await read.RevokedTokens.IsRevokedAsync(Blake3Hash.Hex("alice-jwt"), None)).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldStoreNoneOfARequestsChangesWhenItsCommitFails()
    {
        var existing = await StoreUserAsync("bob");
        var (newcomer, newcomerBonus) = NewUser("carol");
        var (duplicate, duplicateBonus) = NewUser("bob", "bob-again@example.com");

        await using (var write = BeginRequest())
        {
            var loaded = (await write.Users.GetByIdAsync(existing.Id, None)).ShouldNotBeNull();
            loaded.ChangeStatus(AccountStatus.Suspended, Now.AddMinutes(1));
            write.CreditTransactions.Add(loaded.GrantCredits(50, "Top-up", "purchase", Now.AddMinutes(1)));
            write.Users.Add(newcomer);
            write.CreditTransactions.Add(newcomerBonus);
            write.Users.Add(duplicate);
            write.CreditTransactions.Add(duplicateBonus);

            (await Should.ThrowAsync<ConflictException>(write.CommitAsync)).Code.ShouldBe("username_taken");
        }

        await using var read = BeginRequest();
        var bob = (await read.Users.GetByIdAsync(existing.Id, None)).ShouldNotBeNull();
        bob.Status.ShouldBe(AccountStatus.Active);
        bob.Credits.ShouldBe(100);
        (await read.CreditTransactions.ListRecentAsync(existing.Id, 10, None)).Select(t => t.Amount).ShouldBe([100L]);
        (await read.Users.GetByIdAsync(newcomer.Id, None)).ShouldBeNull();
        (await read.CreditTransactions.ListRecentAsync(newcomer.Id, 10, None)).ShouldBeEmpty();
        (await read.Users.GetByIdAsync(duplicate.Id, None)).ShouldBeNull();
        (await read.CreditTransactions.ListRecentAsync(duplicate.Id, 10, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRunAfterCommitActionsOnlyOnceTheCommitSucceeded()
    {
        var (account, _) = NewUser("dave");
        var runs = 0;
        await using var write = BeginRequest();
        write.Users.Add(account);
        write.UnitOfWork.AfterCommit(_ =>
        {
            runs++;
            return Task.CompletedTask;
        });

        runs.ShouldBe(0);
        await write.CommitAsync();

        runs.ShouldBe(1);
    }

    [Test]
    public async Task ShouldNotRunAfterCommitActionsWhenTheCommitFails()
    {
        await StoreUserAsync("erin");
        var (duplicate, _) = NewUser("erin", "erin-again@example.com");
        var runs = 0;
        await using var write = BeginRequest();
        write.Users.Add(duplicate);
        write.UnitOfWork.AfterCommit(_ =>
        {
            runs++;
            return Task.CompletedTask;
        });

        await Should.ThrowAsync<ConflictException>(write.CommitAsync);

        runs.ShouldBe(0);
    }

    [Test]
    public async Task ShouldKeepTheCommitWhenAnAfterCommitActionFails()
    {
        var (account, _) = NewUser("frank");
        await using (var write = BeginRequest())
        {
            write.Users.Add(account);
            write.UnitOfWork.AfterCommit(_ => throw new InvalidOperationException("mail server down"));

            await Should.NotThrowAsync(write.CommitAsync);
        }

        await using var read = BeginRequest();
        (await read.Users.GetByIdAsync(account.Id, None)).ShouldNotBeNull();
    }

    [Test]
    public async Task ShouldMakeASecondHolderOfAKeyWaitUntilTheFirstCommits()
    {
        await using var first = BeginRequest();
        await first.UnitOfWork.LockAsync(["identifier:a", "identifier:b"], None);

        await using var second = BeginRequest();
        var waiting = second.UnitOfWork.LockAsync(["identifier:b"], None);
        await AssertStillWaitingAsync(waiting);

        await first.CommitAsync();
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task ShouldReleaseKeysWhenARequestResetsOrEndsWithoutCommitting()
    {
        var reset = BeginRequest();
        await reset.UnitOfWork.LockAsync(["event:x"], None);
        await reset.UnitOfWork.ResetAsync();

        await using (var next = BeginRequest())
        {
            await next.UnitOfWork.LockAsync(["event:x"], None).WaitAsync(TimeSpan.FromSeconds(10));
        }

        await reset.DisposeAsync();
        await using var last = BeginRequest();
        await last.UnitOfWork.LockAsync(["event:x"], None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task ShouldNotMakeHoldersOfOtherKeysWait()
    {
        await using var first = BeginRequest();
        await first.UnitOfWork.LockAsync(["identifier:a"], None);

        await using var second = BeginRequest();
        await second.UnitOfWork.LockAsync(["identifier:c", "identifier:c"], None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task ShouldLetARequestLockAKeyItAlreadyHolds()
    {
        await using var request = BeginRequest();
        await request.UnitOfWork.LockAsync(["identifier:a"], None);

        await request.UnitOfWork.LockAsync(["identifier:a", "identifier:b"], None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>A wait cannot be proven endless; half a second without progress is the evidence used here.</summary>
    private static async Task AssertStillWaitingAsync(Task waiting)
    {
        await Task.WhenAny(waiting, Task.Delay(TimeSpan.FromMilliseconds(500)));
        waiting.IsCompleted.ShouldBeFalse("the key is held by another request");
    }
}
