using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class UserRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldReadACommittedUserByIdInANewRequest()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash-a", "Green Farm", Now);
        await using (var write = BeginRequest())
        {
            write.Users.Add(account);
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var loaded = await read.Users.GetByIdAsync(account.Id, None);

        loaded.ShouldNotBeNull();
        loaded.ShouldNotBeSameAs(account);
        loaded.Id.ShouldBe(account.Id);
        loaded.Username.ShouldBe("alice");
        loaded.Email.ShouldBe("alice@example.com");
        loaded.PasswordHash.ShouldBe("hash-a");
        loaded.Tier.ShouldBe(UserTier.Basic);
        loaded.Status.ShouldBe(AccountStatus.Active);
        loaded.IsAdmin.ShouldBeFalse();
        loaded.WorkspaceId.ShouldBe("Green Farm-workspace");
        loaded.Credits.ShouldBe(100);
        loaded.CreatedAt.ShouldBe(Now);
        loaded.UpdatedAt.ShouldBe(Now);
    }

    [Test]
    public async Task ShouldReadACommittedUserWithAFixedIdTierAndAdminFlag()
    {
        var admin = UserAccount.CreateWithId(
            "hen-admin-001", "hen", "hen@defarm.com", "hash-h", UserTier.Admin, isAdmin: true, workspaceId: null, Now);
        await using (var write = BeginRequest())
        {
            write.Users.Add(admin);
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var loaded = await read.Users.GetByIdAsync("hen-admin-001", None);

        loaded.ShouldNotBeNull();
        loaded.Tier.ShouldBe(UserTier.Admin);
        loaded.IsAdmin.ShouldBeTrue();
        loaded.WorkspaceId.ShouldBeNull();
        loaded.Credits.ShouldBe(0);
    }

    [Test]
    public async Task ShouldFindACommittedUserByUsernameAndByEmail()
    {
        var stored = await StoreUserAsync("bob", "bob@example.com");

        await using var read = BeginRequest();
        var byUsername = await read.Users.GetByUsernameAsync("bob", None);
        await using var other = BeginRequest();
        var byEmail = await other.Users.GetByEmailAsync("bob@example.com", None);

        byUsername.ShouldNotBeNull().Id.ShouldBe(stored.Id);
        byEmail.ShouldNotBeNull().Id.ShouldBe(stored.Id);
    }

    [Test]
    public async Task ShouldReturnNullForAnUnknownIdUsernameOrEmail()
    {
        await StoreUserAsync("carol");

        await using var read = BeginRequest();

        (await read.Users.GetByIdAsync("user-unknown", None)).ShouldBeNull();
        (await read.Users.GetByUsernameAsync("dave", None)).ShouldBeNull();
        (await read.Users.GetByEmailAsync("dave@example.com", None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldTellWhetherAUsernameOrEmailIsTaken()
    {
        await StoreUserAsync("erin", "erin@example.com");

        await using var read = BeginRequest();

        (await read.Users.ExistsWithUsernameAsync("erin", None)).ShouldBeTrue();
        (await read.Users.ExistsWithUsernameAsync("frank", None)).ShouldBeFalse();
        (await read.Users.ExistsWithEmailAsync("erin@example.com", None)).ShouldBeTrue();
        (await read.Users.ExistsWithEmailAsync("frank@example.com", None)).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldTellWhetherAnyUserExists()
    {
        await using (var empty = BeginRequest())
        {
            (await empty.Users.AnyAsync(None)).ShouldBeFalse();
        }

        await StoreUserAsync("grace");

        await using var read = BeginRequest();
        (await read.Users.AnyAsync(None)).ShouldBeTrue();
    }

    [Test]
    public async Task ShouldNotShowAnUncommittedUserToAnotherRequest()
    {
        var (account, _) = NewUser("heidi");
        await using var write = BeginRequest();
        write.Users.Add(account);

        await using (var read = BeginRequest())
        {
            (await read.Users.GetByIdAsync(account.Id, None)).ShouldBeNull();
            (await read.Users.GetByUsernameAsync("heidi", None)).ShouldBeNull();
            (await read.Users.ExistsWithEmailAsync("heidi@example.com", None)).ShouldBeFalse();
            (await read.Users.AnyAsync(None)).ShouldBeFalse();
        }

        await write.CommitAsync();

        await using var afterCommit = BeginRequest();
        (await afterCommit.Users.GetByIdAsync(account.Id, None)).ShouldNotBeNull();
    }

    [Test]
    public async Task ShouldNotShowAnUncommittedChangeToAnotherRequest()
    {
        var stored = await StoreUserAsync("ivan");
        await using var write = BeginRequest();
        var user = (await write.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull();
        user.ChangeStatus(AccountStatus.Suspended, Now.AddMinutes(1));

        await using var read = BeginRequest();
        (await read.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull().Status.ShouldBe(AccountStatus.Active);
    }

    [Test]
    public async Task ShouldStoreNothingWhenTheRequestEndsWithoutCommitting()
    {
        var (account, _) = NewUser("judy");
        await using (var abandoned = BeginRequest())
        {
            abandoned.Users.Add(account);
        }

        await using var read = BeginRequest();
        (await read.Users.GetByIdAsync(account.Id, None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldPersistChangesToALoadedUser()
    {
        var stored = await StoreUserAsync("mallory");
        await using (var write = BeginRequest())
        {
            var user = (await write.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull();
            user.ChangeStatus(AccountStatus.Banned, Now.AddMinutes(1));
            user.ChangePasswordHash("new-hash", Now.AddMinutes(2));
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var loaded = (await read.Users.GetByUsernameAsync("mallory", None)).ShouldNotBeNull();
        loaded.Status.ShouldBe(AccountStatus.Banned);
        loaded.PasswordHash.ShouldBe("new-hash");
        loaded.UpdatedAt.ShouldBe(Now.AddMinutes(2));
    }

    [Test]
    public async Task ShouldRejectADuplicateUsernameAtCommitAndStoreNothingOfThatRequest()
    {
        await StoreUserAsync("niaj", "niaj@example.com");
        var (duplicate, bonus) = NewUser("niaj", "other@example.com");

        await using (var write = BeginRequest())
        {
            write.Users.Add(duplicate);
            write.CreditTransactions.Add(bonus);

            var conflict = await Should.ThrowAsync<ConflictException>(write.CommitAsync);
            conflict.Code.ShouldBe("username_taken");
        }

        await using var read = BeginRequest();
        (await read.Users.GetByIdAsync(duplicate.Id, None)).ShouldBeNull();
        (await read.Users.ExistsWithEmailAsync("other@example.com", None)).ShouldBeFalse();
        (await read.CreditTransactions.ListRecentAsync(duplicate.Id, 10, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRejectADuplicateEmailAtCommitAndStoreNothingOfThatRequest()
    {
        await StoreUserAsync("olivia", "shared@example.com");
        var (duplicate, bonus) = NewUser("peggy", "shared@example.com");

        await using (var write = BeginRequest())
        {
            write.Users.Add(duplicate);
            write.CreditTransactions.Add(bonus);

            var conflict = await Should.ThrowAsync<ConflictException>(write.CommitAsync);
            conflict.Code.ShouldBe("email_taken");
        }

        await using var read = BeginRequest();
        (await read.Users.GetByIdAsync(duplicate.Id, None)).ShouldBeNull();
        (await read.Users.ExistsWithUsernameAsync("peggy", None)).ShouldBeFalse();
        (await read.CreditTransactions.ListRecentAsync(duplicate.Id, 10, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldRejectTwoNewUsersWithTheSameUsernameInOneCommit()
    {
        var (first, _) = NewUser("rupert", "rupert1@example.com");
        var (second, _) = NewUser("rupert", "rupert2@example.com");

        await using (var write = BeginRequest())
        {
            write.Users.Add(first);
            write.Users.Add(second);

            (await Should.ThrowAsync<ConflictException>(write.CommitAsync)).Code.ShouldBe("username_taken");
        }

        await using var read = BeginRequest();
        (await read.Users.AnyAsync(None)).ShouldBeFalse();
    }

    /// <remarks>"duplicate_key" is the code of <c>PersistenceErrors.DuplicateKey</c>, meant for both providers.</remarks>
    [Test]
    public async Task ShouldRejectADuplicateUserIdAtCommit()
    {
        UserAccount WithFixedId(string username) => UserAccount.CreateWithId(
            "fixed-id-001", username, $"{username}@example.com", "hash", UserTier.Basic, isAdmin: false, null, Now);
        await using (var first = BeginRequest())
        {
            first.Users.Add(WithFixedId("sybil"));
            await first.CommitAsync();
        }

        await using (var second = BeginRequest())
        {
            second.Users.Add(WithFixedId("trent"));

            (await Should.ThrowAsync<ConflictException>(second.CommitAsync)).Code.ShouldBe("duplicate_key");
        }

        await using var read = BeginRequest();
        (await read.Users.GetByIdAsync("fixed-id-001", None)).ShouldNotBeNull().Username.ShouldBe("sybil");
        (await read.Users.ExistsWithUsernameAsync("trent", None)).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldRejectTheSecondOfTwoConcurrentUpdatesToTheSameUser()
    {
        var stored = await StoreUserAsync("victor");
        await using var first = BeginRequest();
        await using var second = BeginRequest();
        var firstCopy = (await first.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull();
        var secondCopy = (await second.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull();

        firstCopy.ChangeStatus(AccountStatus.Suspended, Now.AddMinutes(1));
        secondCopy.ChangePasswordHash("stale-hash", Now.AddMinutes(2));
        await first.CommitAsync();

        (await Should.ThrowAsync<ConcurrentUpdateException>(second.CommitAsync)).Code.ShouldBe("concurrent_update");
        await using var read = BeginRequest();
        var loaded = (await read.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull();
        loaded.Status.ShouldBe(AccountStatus.Suspended);
        loaded.PasswordHash.ShouldBe("hash-of-victor");
    }

    [Test]
    public async Task ShouldNotConflictWhenAStaleCopyWasOnlyRead()
    {
        var stored = await StoreUserAsync("walter");
        await using var reader = BeginRequest();
        (await reader.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull();
        await using (var writer = BeginRequest())
        {
            (await writer.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull()
                .ChangeStatus(AccountStatus.Suspended, Now.AddMinutes(1));
            await writer.CommitAsync();
        }

        await Should.NotThrowAsync(reader.CommitAsync);
        await using var read = BeginRequest();
        (await read.Users.GetByIdAsync(stored.Id, None)).ShouldNotBeNull().Status.ShouldBe(AccountStatus.Suspended);
    }

    [Test]
    public async Task ShouldReturnTheSameInstanceWhenOneRequestLoadsAUserTwice()
    {
        var stored = await StoreUserAsync("xavier", "xavier@example.com");

        await using var request = BeginRequest();
        var byId = await request.Users.GetByIdAsync(stored.Id, None);
        var byIdAgain = await request.Users.GetByIdAsync(stored.Id, None);
        var byUsername = await request.Users.GetByUsernameAsync("xavier", None);
        var byEmail = await request.Users.GetByEmailAsync("xavier@example.com", None);

        byId.ShouldNotBeNull();
        byIdAgain.ShouldBeSameAs(byId);
        byUsername.ShouldBeSameAs(byId);
        byEmail.ShouldBeSameAs(byId);
    }

    [Test]
    public async Task ShouldReturnTheInstanceWithItsUncommittedChangesWhenLoadedAgain()
    {
        var stored = await StoreUserAsync("yvonne");

        await using var request = BeginRequest();
        var byUsername = (await request.Users.GetByUsernameAsync("yvonne", None)).ShouldNotBeNull();
        byUsername.ChangeStatus(AccountStatus.Suspended, Now.AddMinutes(1));
        var byId = await request.Users.GetByIdAsync(stored.Id, None);

        byId.ShouldBeSameAs(byUsername);
        byId.ShouldNotBeNull().Status.ShouldBe(AccountStatus.Suspended);
    }

    /// <remarks>EF Core keeps tracking after SaveChanges; a second commit in one request must not lose changes.</remarks>
    [Test]
    public async Task ShouldKeepTrackingAnAddedUserAfterACommitInTheSameRequest()
    {
        var (account, _) = NewUser("zoe");
        UserAccount? reloaded;
        await using (var request = BeginRequest())
        {
            request.Users.Add(account);
            await request.CommitAsync();
            reloaded = await request.Users.GetByIdAsync(account.Id, None);
            account.ChangeStatus(AccountStatus.Suspended, Now.AddMinutes(1));
            await request.CommitAsync();
        }

        await using var read = BeginRequest();
        var stored = (await read.Users.GetByIdAsync(account.Id, None)).ShouldNotBeNull();
        account.ShouldSatisfyAllConditions(
            () => reloaded.ShouldBeSameAs(account),
            () => stored.Status.ShouldBe(AccountStatus.Suspended));
    }
}
