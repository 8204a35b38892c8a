using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Common.Settings;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Users.Commands.SeedDemoUsers;

/// <summary>Creates the demo users of engines-api.md §5.4 when no user exists yet; answers how many it created.</summary>
public sealed record SeedDemoUsersCommand : ICommand<int>;

internal sealed class SeedDemoUsersCommandHandler(
    IUserRepository users,
    ICreditTransactionRepository creditTransactions,
    IPasswordHasher passwordHasher,
    DemoSeedSettings settings,
    TimeProvider clock) : ICommandHandler<SeedDemoUsersCommand, int>
{
    private static readonly (string Id, string Username, string Email, UserTier Tier, long Credits, bool IsAdmin, string Workspace)[] DemoUsers =
    [
        ("hen-admin-001", "hen", "hen@defarm.com", UserTier.Admin, 1_000_000, true, "hen-workspace"),
        ("pullet-user-001", "pullet", "pullet@defarm.io", UserTier.Professional, 5_000, false, "pullet-workspace"),
        ("cock-user-001", "cock", "cock@defarm.io", UserTier.Enterprise, 50_000, false, "cock-workspace"),
        ("basic-farmer-001", "basic_farmer", "basic@farm.com", UserTier.Basic, 100, false, "basic-workspace"),
        ("pro-farmer-001", "pro_farmer", "pro@farm.com", UserTier.Professional, 5_000, false, "pro-workspace"),
        ("enterprise-farmer-001", "enterprise_farmer", "enterprise@farm.com", UserTier.Enterprise, 50_000, false, "enterprise-workspace"),
    ];

    public async ValueTask<int> Handle(SeedDemoUsersCommand command, CancellationToken cancellationToken)
    {
        if (!settings.Enabled || await users.AnyAsync(cancellationToken))
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var passwordHash = passwordHasher.Hash(settings.Password);
        foreach (var demo in DemoUsers)
        {
            var user = UserAccount.CreateWithId(
                demo.Id, demo.Username, demo.Email, passwordHash, demo.Tier, demo.IsAdmin, demo.Workspace, now);
            users.Add(user);
            creditTransactions.Add(user.GrantCredits(demo.Credits, "Initial demo balance", "seed", now));
        }

        return DemoUsers.Length;
    }
}
