using DeFarm.Domain.Circuits;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Domain.UnitTests.Circuits;

/// <summary>The domain rules of the push pipeline: alias requirements, fingerprints, decisions, auto-publish.</summary>
public sealed class PushPipelineDomainTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Identifier Sisbov = Identifier.Canonical("bovino", "sisbov", "BR123456789012");
    private static readonly Identifier Lot = Identifier.Contextual("bovino", "lote", "L-1");

    [Test]
    public void ShouldNameTheFirstUnmetAliasRequirement()
    {
        var config = new CircuitAliasConfig(["sisbov"], ["lote"], useFingerprint: false, ["bovino"], autoApplyNamespace: true);

        config.EnsureSatisfiedBy([Sisbov, Lot]);
        Should.Throw<BusinessRuleException>(() => config.EnsureSatisfiedBy([Lot])).Message
            .ShouldBe("Missing required canonical identifier: sisbov");
        Should.Throw<BusinessRuleException>(() => config.EnsureSatisfiedBy([Sisbov])).Message
            .ShouldBe("Missing required contextual identifier: lote");
        Should.Throw<BusinessRuleException>(() => config.EnsureSatisfiedBy([Sisbov, Lot, Identifier.Contextual("soja", "safra", "1")]))
            .Message.ShouldBe("Namespace 'soja' not allowed in this circuit");
        Should.Throw<BusinessRuleException>(() => config.EnsureSatisfiedBy([Identifier.Canonical("bovino", "sisbov", "BR1"), Lot]))
            .Message.ShouldBe("Invalid identifier format: bovino:sisbov:BR1");
    }

    [Test]
    public void ShouldFingerprintTheSortedContextualIdentifiersOfOneCircuitOnly()
    {
        var circuit = Guid.NewGuid();
        var other = Identifier.Contextual("bovino", "granja", "G-2");

        var fingerprint = ItemFingerprint.Compute(circuit, [Lot, Sisbov, other]);

        fingerprint.ShouldBe(Blake3Hash.Hex($"circuit:{circuit}|ids:bovino:granja:G-2|bovino:lote:L-1"));
        ItemFingerprint.Compute(circuit, [other, Lot, Lot]).ShouldBe(fingerprint);
        ItemFingerprint.Compute(Guid.NewGuid(), [Lot, other]).ShouldNotBe(fingerprint);
        ItemFingerprint.Compute(circuit, [Sisbov]).ShouldBeNull();
    }

    [Test]
    public void ShouldDecideAPendingOperationOnceRecordingWhoAndWhen()
    {
        var approved = CircuitOperation.Start(Guid.NewGuid(), "DFID-1", CircuitOperationType.Push, "bob", true, Now);
        var rejected = CircuitOperation.Start(Guid.NewGuid(), "DFID-1", CircuitOperationType.Pull, "bob", true, Now);

        approved.Approve("alice", Now.AddMinutes(1));
        rejected.Reject("alice", reason: null, Now.AddMinutes(2));

        approved.Status.ShouldBe(CircuitOperationStatus.Completed);
        approved.Metadata["approved_by"]!.GetValue<string>().ShouldBe("alice");
        rejected.Status.ShouldBe(CircuitOperationStatus.Rejected);
        rejected.Metadata.ContainsKey("rejection_reason").ShouldBeFalse();
        rejected.Metadata["rejected_at"]!.GetValue<string>().ShouldBe("2026-05-01T12:02:00Z");
        Should.Throw<BusinessRuleException>(() => approved.Reject("alice", "late", Now)).Code.ShouldBe("operation_not_pending");
        Should.Throw<BusinessRuleException>(() => rejected.Approve("alice", Now)).Code.ShouldBe("operation_not_pending");
    }

    [Test]
    public void ShouldAutoPublishOnlyWhenAskedAndOnlyOnce()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        circuit.AutoPublish("DFID-1", Now).ShouldBeFalse();
        circuit.SetInitialPublicSettings(new PublicProfile(PublicAccessMode.Public, AutoPublishPushedItems: true), null, Now);

        circuit.AutoPublish("DFID-1", Now).ShouldBeTrue();
        circuit.AutoPublish("DFID-1", Now).ShouldBeFalse();
        circuit.PublishedItems.Select(p => p.Dfid).ShouldBe(["DFID-1"]);

        circuit.Unpublish("DFID-1", Now);
        circuit.PublishedItems.ShouldBeEmpty();
    }
}
