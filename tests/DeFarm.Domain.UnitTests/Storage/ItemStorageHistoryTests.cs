using DeFarm.Domain.Common;
using DeFarm.Domain.Storage;

namespace DeFarm.Domain.UnitTests.Storage;

public sealed class ItemStorageHistoryTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void ShouldMakeTheNewestVersionPrimaryAndSpanItsRecords()
    {
        var history = ItemStorageHistory.Start("DFID-1");
        var first = Append(history, new LocalStorage("a"), Now);
        var second = Append(history, new IpfsStorage("b", true), Now.AddMinutes(5));

        history.Records.ShouldBe([first, second]);
        history.PrimaryRecordId.ShouldBe(second.Id);
        history.CurrentPrimary.ShouldBe(new IpfsStorage("b", true));
        history.CreatedAt.ShouldBe(Now);
        history.UpdatedAt.ShouldBe(Now.AddMinutes(5));
        second.IsActive.ShouldBeTrue();
        second.StoredBy.ShouldBe("alice");
    }

    [Test]
    public void ShouldMoveThePrimaryToALocationItHolds()
    {
        var history = ItemStorageHistory.Start("DFID-1");
        var first = Append(history, new LocalStorage("a"), Now);
        Append(history, new IpfsStorage("b", true), Now.AddMinutes(5));

        history.SetPrimary(new LocalStorage("a"));

        history.PrimaryRecordId.ShouldBe(first.Id);
        history.CurrentPrimary.ShouldBe(new LocalStorage("a"));
    }

    [Test]
    public void ShouldRefuseAPrimaryLocationItDoesNotHold()
    {
        var history = ItemStorageHistory.Start("DFID-1");
        var only = Append(history, new LocalStorage("a"), Now);

        Should.Throw<BusinessRuleException>(() => history.SetPrimary(new IpfsStorage("a", true)))
            .Code.ShouldBe("unknown_storage_location");
        history.PrimaryRecordId.ShouldBe(only.Id);
    }

    [Test]
    public void ShouldHaveNoTimesBeforeTheFirstRecord()
    {
        var history = ItemStorageHistory.Start("DFID-1");

        history.CreatedAt.ShouldBeNull();
        history.CurrentPrimary.ShouldBeNull();
    }

    private static StorageRecord Append(ItemStorageHistory history, StorageLocation location, DateTimeOffset at) =>
        history.Append(AdapterType.IpfsIpfs, location, [], "migration", null, "alice", at);
}
