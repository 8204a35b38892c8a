using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class CreditTransactionRepositoryContractTests(PersistenceProvider provider)
    : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldListACommittedTransactionWithAllItsFields()
    {
        var (account, bonus) = NewUser("alice");
        await using (var write = BeginRequest())
        {
            write.Users.Add(account);
            write.CreditTransactions.Add(bonus);
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        var listed = await read.CreditTransactions.ListRecentAsync(account.Id, 10, None);

        var transaction = listed.ShouldHaveSingleItem();
        transaction.Id.ShouldBe(bonus.Id);
        transaction.UserId.ShouldBe(account.Id);
        transaction.Amount.ShouldBe(100);
        transaction.Type.ShouldBe(CreditTransactionType.Grant);
        transaction.Description.ShouldBe("New user registration bonus");
        transaction.OperationType.ShouldBe("registration");
        transaction.OperationId.ShouldBeNull();
        transaction.BalanceAfter.ShouldBe(100);
        transaction.Timestamp.ShouldBe(Now);
    }

    [Test]
    public async Task ShouldListTheNewestTransactionFirst()
    {
        var user = await StoreUserAsync("bob");
        await GrantAsync(user.Id, (20, Now.AddMinutes(2)), (10, Now.AddMinutes(1)), (30, Now.AddMinutes(3)));

        await using var read = BeginRequest();
        var listed = await read.CreditTransactions.ListRecentAsync(user.Id, 10, None);

        listed.Select(t => t.Amount).ShouldBe([30L, 20L, 10L, 100L]);
        listed.Select(t => t.Timestamp).ShouldBeInOrder(SortDirection.Descending);
    }

    [Test]
    public async Task ShouldListAtMostTheLimitOfNewestTransactions()
    {
        var user = await StoreUserAsync("carol");
        await GrantAsync(user.Id, (10, Now.AddMinutes(1)), (20, Now.AddMinutes(2)), (30, Now.AddMinutes(3)));

        await using var read = BeginRequest();
        var listed = await read.CreditTransactions.ListRecentAsync(user.Id, 2, None);

        listed.Select(t => t.Amount).ShouldBe([30L, 20L]);
    }

    [Test]
    public async Task ShouldListOnlyTheGivenUsersTransactions()
    {
        var dave = await StoreUserAsync("dave");
        var erin = await StoreUserAsync("erin");
        await GrantAsync(erin.Id, (50, Now.AddMinutes(1)));

        await using var read = BeginRequest();
        var davesTransactions = await read.CreditTransactions.ListRecentAsync(dave.Id, 10, None);
        var erinsTransactions = await read.CreditTransactions.ListRecentAsync(erin.Id, 10, None);

        davesTransactions.ShouldHaveSingleItem().UserId.ShouldBe(dave.Id);
        erinsTransactions.Select(t => t.Amount).ShouldBe([50L, 100L]);
        erinsTransactions.ShouldAllBe(t => t.UserId == erin.Id);
    }

    [Test]
    public async Task ShouldListNothingForAUserWithoutTransactions()
    {
        await StoreUserAsync("frank");

        await using var read = BeginRequest();

        (await read.CreditTransactions.ListRecentAsync("user-without-transactions", 10, None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldNotListAnUncommittedTransactionToAnotherRequest()
    {
        var user = await StoreUserAsync("grace");
        await using var write = BeginRequest();
        var loaded = (await write.Users.GetByIdAsync(user.Id, None)).ShouldNotBeNull();
        write.CreditTransactions.Add(loaded.GrantCredits(40, "Top-up", "purchase", Now.AddMinutes(1)));

        await using var read = BeginRequest();
        (await read.CreditTransactions.ListRecentAsync(user.Id, 10, None)).Select(t => t.Amount).ShouldBe([100L]);
    }

    [Test]
    public async Task ShouldStoreTheGrantAndTheNewBalanceTogether()
    {
        var user = await StoreUserAsync("heidi");
        await GrantAsync(user.Id, (25, Now.AddMinutes(1)));

        await using var read = BeginRequest();
        var newest = (await read.CreditTransactions.ListRecentAsync(user.Id, 1, None)).ShouldHaveSingleItem();
        var balance = (await read.Users.GetByIdAsync(user.Id, None)).ShouldNotBeNull().Credits;

        newest.BalanceAfter.ShouldBe(125);
        balance.ShouldBe(125);
    }

    /// <summary>Grants credits to a stored user in one request, each grant at its own instant.</summary>
    private async Task GrantAsync(string userId, params (long Amount, DateTimeOffset At)[] grants)
    {
        await using var request = BeginRequest();
        var user = (await request.Users.GetByIdAsync(userId, None)).ShouldNotBeNull();
        foreach (var (amount, at) in grants)
        {
            request.CreditTransactions.Add(user.GrantCredits(amount, $"Grant of {amount}", "test", at));
        }

        await request.CommitAsync();
    }
}
