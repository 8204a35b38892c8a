using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>
/// Base of the repository contract fixtures: each concrete fixture runs once per persistence provider
/// (<see cref="PersistenceStore.Providers"/>) and every test starts from an empty store.
/// </summary>
public abstract class RepositoryContractTest(PersistenceProvider provider)
{
    /// <summary>A fixed, whole-second UTC instant, so timestamps survive PostgreSQL's microsecond precision.</summary>
    protected static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    protected static CancellationToken None => CancellationToken.None;

    protected PersistenceStore Store { get; private set; } = null!;

    [SetUp]
    public async Task CreateEmptyStoreAsync()
    {
        if (provider == PersistenceProvider.Postgres)
        {
            await TestDatabase.ResetAsync();
        }

        Store = PersistenceStore.Create(provider);
    }

    [TearDown]
    public async Task DisposeStoreAsync() => await Store.DisposeAsync();

    protected RequestScope BeginRequest() => Store.BeginRequest();

    /// <summary>A freshly registered (Basic, 100 credits) account and its bonus, not stored yet.</summary>
    protected static (UserAccount Account, CreditTransaction Bonus) NewUser(string username, string? email = null) =>
        UserAccount.Register(username, email ?? $"{username}@example.com", $"hash-of-{username}", null, Now);

    /// <summary>Registers and commits a user with its bonus transaction in one request.</summary>
    protected async Task<UserAccount> StoreUserAsync(string username, string? email = null)
    {
        var (account, bonus) = NewUser(username, email);
        await using var request = BeginRequest();
        request.Users.Add(account);
        request.CreditTransactions.Add(bonus);
        await request.CommitAsync();
        return account;
    }
}
