using System.Reflection;
using System.Text.Json.Nodes;
using DeFarm.Domain.Audit;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.UnitTests.Audit;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, 123, TimeSpan.Zero);

    [Test]
    public void ShouldHashThePreviousHashFollowedByTheCanonicalContent()
    {
        var first = Append(null, Now);
        var second = Append(first, Now);

        (first.Sequence, first.PreviousHash).ShouldBe((1L, (string?)null));
        (second.Sequence, second.PreviousHash).ShouldBe((2L, first.Hash));
        var content = $$"""{"action":"create","chain":"user:a","changes":{"a":1,"b":2},"created_at":"2026-03-14T09:26:53.123Z","id":"{{second.Id}}","resource_id":"DFID-1","resource_type":"item","sequence":2,"user_id":"alice"}""";
        second.Hash.ShouldBe(Blake3Hash.Hex(first.Hash + content));
    }

    [Test]
    public void ShouldKeepMillisecondsAndNeverGoBackInTime()
    {
        var first = Append(null, Now.AddTicks(4567));
        var second = Append(first, Now.AddSeconds(-5));

        first.CreatedAt.ShouldBe(Now);
        second.CreatedAt.ShouldBe(Now);
    }

    [Test]
    public void ShouldFindAChangedEntryAMissingOneAndAWrongLink()
    {
        var first = Append(null, Now);
        var second = Append(first, Now);
        var third = Append(second, Now);
        AuditChainCheck.Of([third, first, second]).ShouldBe(new AuditChainCheck(true, 3, "The audit chain is intact: 3 entries verified"));

        AuditChainCheck.Of([first, third]).IsValid.ShouldBeFalse();
        Set(second, nameof(AuditEntry.Action), "delete");
        var changed = AuditChainCheck.Of([first, second, third]);
        (changed.IsValid, changed.EntriesChecked).ShouldBe((false, 2));
        changed.Message.ShouldContain(second.Id.ToString());
        Set(second, nameof(AuditEntry.Changes), "not json");
        AuditChainCheck.Of([second]).IsValid.ShouldBeFalse();
    }

    [Test]
    public void ShouldCheckEachChainOnItsOwnAndTrustTheOldestEntryChecked()
    {
        var a1 = Append(null, Now);
        var a2 = Append(a1, Now);
        var b1 = Append(null, Now, "user:b");

        AuditChainCheck.Of([a2, b1]).ShouldBe(new AuditChainCheck(true, 2, "The audit chain is intact: 2 entries verified"));
        Should.Throw<ArgumentException>(() => Append(a2, Now, "user:b"));
    }

    private static AuditEntry Append(AuditEntry? head, DateTimeOffset at, string chain = "user:a") =>
        AuditEntry.Append(head, chain, "create", "item", "DFID-1", "alice", new JsonObject { ["b"] = 2, ["a"] = 1 }, at);

    /// <summary>Tampering, as someone with write access to the table could.</summary>
    private static void Set(AuditEntry entry, string property, string value) =>
        typeof(AuditEntry).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(entry, value);
}
