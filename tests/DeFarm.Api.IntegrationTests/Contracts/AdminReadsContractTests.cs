using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using DeFarm.Domain.Storage;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>What the admin pages read and write, on both providers: accounts, canonical identifier types, statistics.</summary>
[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class AdminReadsContractTests(PersistenceProvider provider) : RecordsContractTest(provider)
{
    [Test]
    public async Task ShouldListAccountsNotDeletedNewestFirst()
    {
        var older = await StoreUserAsync("older");
        var deleted = await StoreUserAsync("deleted");
        var (newer, bonus) = NewUser("newer");
        await StageAsync(r =>
        {
            r.Users.Add(Reregistered(newer));
            r.CreditTransactions.Add(bonus);
        });
        await using (var delete = BeginRequest())
        {
            (await delete.Users.GetByIdAsync(deleted.Id, None))!.Delete(Now);
            await delete.CommitAsync();
        }

        await using var read = BeginRequest();
        var users = read.Get<IUserQueries>();
        (await users.ListAsync(10, 0, None)).Select(u => u.Username).ShouldBe(["newer", "older"]);
        (await users.ListAsync(1, 1, None)).ShouldHaveSingleItem().Id.ShouldBe(older.Id);
        var stored = (await read.Users.GetByIdAsync(deleted.Id, None))!;
        (stored.IsDeleted, stored.Status).ShouldBe((true, DeFarm.Domain.Users.AccountStatus.Suspended));
    }

    [Test]
    public async Task ShouldKeepRolesAndFullNames()
    {
        var (user, bonus) = DeFarm.Domain.Users.UserAccount.Register("ana", "ana@example.com", "hash", null, Now, "Ana Souza");
        user.ChangeRole(DeFarm.Domain.Users.UserRole.Partner, Now);
        await StageAsync(r =>
        {
            r.Users.Add(user);
            r.CreditTransactions.Add(bonus);
        });

        await using var read = BeginRequest();
        var stored = (await read.Users.GetByIdAsync(user.Id, None))!;
        (stored.FullName, stored.Role, stored.IsAdmin).ShouldBe(("Ana Souza", DeFarm.Domain.Users.UserRole.Partner, false));
    }

    [Test]
    public async Task ShouldStoreCanonicalIdentifierTypesOncePerValueChain()
    {
        var sisbov = CanonicalIdentifierType.Declare("beef", "SISBOV", Now);
        var car = CanonicalIdentifierType.Declare("BEEF", "car", Now);
        var soyCar = CanonicalIdentifierType.Declare("SOY", "car", Now);
        await StageAsync(r =>
        {
            r.Get<ICanonicalIdentifierTypeRepository>().Add(sisbov);
            r.Get<ICanonicalIdentifierTypeRepository>().Add(car);
            r.Get<ICanonicalIdentifierTypeRepository>().Add(soyCar);
        });
        await using (var off = BeginRequest())
        {
            (await off.Get<ICanonicalIdentifierTypeRepository>().GetByIdAsync(sisbov.Id, None))!.SetActive(false, Now);
            await off.CommitAsync();
        }

        await using (var twice = BeginRequest())
        {
            twice.Get<ICanonicalIdentifierTypeRepository>().Add(CanonicalIdentifierType.Declare("Beef", "Car", Now));
            (await Should.ThrowAsync<ConflictException>(twice.CommitAsync)).Code.ShouldBe("identifier_type_exists");
        }

        await using var read = BeginRequest();
        var types = read.Get<ICanonicalIdentifierTypeRepository>();
        (await types.ListAsync("BEEF", None)).Select(t => (t.IdentifierType, t.IsActive, t.Namespace))
            .ShouldBe([("car", true, "bovino"), ("sisbov", false, "bovino")]);
        (await types.ExistsAsync("SOY", "car", None)).ShouldBeTrue();
        (await types.ExistsAsync("SOY", "sisbov", None)).ShouldBeFalse();
        (await types.GetByIdAsync(Guid.NewGuid(), None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldCountPendingPushesAndStoredContentBytes()
    {
        var circuit = await StoreCircuitAsync("alice");
        await StageAsync(r =>
        {
            var operations = r.Get<ICircuitOperationRepository>();
            operations.Add(CircuitOperation.Start(circuit.Id, "DFID-1", CircuitOperationType.Push, "alice", requiresApproval: true, Now));
            operations.Add(CircuitOperation.Start(circuit.Id, "DFID-2", CircuitOperationType.Push, "alice", requiresApproval: false, Now));
            operations.Add(CircuitOperation.Start(circuit.Id, "DFID-3", CircuitOperationType.Pull, "alice", requiresApproval: true, Now));
        });
        await using var request = BeginRequest();
        var content = "stored bytes"u8.ToArray();
        await request.Get<IContentStore>().PutAsync(ContentId.Compute(content), content, None);

        var statistics = request.Get<IAdminStatisticsQueries>();
        (await statistics.CountPendingPushesAsync(None)).ShouldBe(1);
        (await statistics.CountStoredContentBytesAsync(None)).ShouldBe(content.Length);
    }

    /// <summary>The account registered a minute later, so it lists as the newest.</summary>
    private static DeFarm.Domain.Users.UserAccount Reregistered(DeFarm.Domain.Users.UserAccount account) =>
        DeFarm.Domain.Users.UserAccount.CreateWithId(
            account.Id, account.Username, account.Email, account.PasswordHash, account.Tier, account.IsAdmin,
            account.WorkspaceId, Now.AddMinutes(1));
}
