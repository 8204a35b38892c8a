using DeFarm.Domain.Users;

namespace DeFarm.Domain.UnitTests.Users;

/// <summary>The values of the TierLimits table in engines-api.md §1.5 (null = unlimited).</summary>
public sealed class TierLimitsTests
{
    [Test]
    public void ShouldLimitBasic()
    {
        TierLimits.For(UserTier.Basic).ShouldBe(new TierLimits(
            MaxItemsPerMonth: 1_000, MaxCircuits: 5, MaxStorageLocations: 1, MaxApiRequestsPerHour: 100,
            MaxWorkspaceMembers: 3, CanUsePremiumAdapters: false, MaxAuditRetentionDays: 30, PrioritySupport: false));
    }

    [Test]
    public void ShouldLimitProfessional()
    {
        TierLimits.For(UserTier.Professional).ShouldBe(new TierLimits(
            MaxItemsPerMonth: 10_000, MaxCircuits: 25, MaxStorageLocations: 3, MaxApiRequestsPerHour: 1_000,
            MaxWorkspaceMembers: 10, CanUsePremiumAdapters: false, MaxAuditRetentionDays: 90, PrioritySupport: true));
    }

    [Test]
    public void ShouldLimitEnterpriseOnlyInApiRequests()
    {
        TierLimits.For(UserTier.Enterprise).ShouldBe(new TierLimits(
            MaxItemsPerMonth: null, MaxCircuits: null, MaxStorageLocations: null, MaxApiRequestsPerHour: 10_000,
            MaxWorkspaceMembers: null, CanUsePremiumAdapters: true, MaxAuditRetentionDays: 365, PrioritySupport: true));
    }

    [Test]
    public void ShouldNotLimitAdmin()
    {
        TierLimits.For(UserTier.Admin).ShouldBe(new TierLimits(
            MaxItemsPerMonth: null, MaxCircuits: null, MaxStorageLocations: null, MaxApiRequestsPerHour: null,
            MaxWorkspaceMembers: null, CanUsePremiumAdapters: true, MaxAuditRetentionDays: 3_650, PrioritySupport: true));
    }

    [Test]
    public void ShouldRejectAnUnknownTier()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => TierLimits.For((UserTier)42));
    }
}
