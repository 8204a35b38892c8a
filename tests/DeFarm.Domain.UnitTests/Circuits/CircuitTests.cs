using DeFarm.Domain.Circuits;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;

namespace DeFarm.Domain.UnitTests.Circuits;

public sealed class CircuitTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Test]
    public void ShouldStampPublicSinceTheFirstTimeTheCircuitIsPublicOnly()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        circuit.SetInitialPublicSettings(new PublicProfile(PublicAccessMode.Public), null, Now);
        circuit.PublicSettings!.PublicSince.ShouldBeNull();

        Publish(circuit, PublicAccessMode.Public, Now.AddHours(1));
        Publish(circuit, PublicAccessMode.Protected, Now.AddHours(2), "hash");
        Publish(circuit, PublicAccessMode.Public, Now.AddHours(3));

        circuit.PublicSettings.PublicSince.ShouldBe(Now.AddHours(1));
        circuit.PublicSettings.AccessPasswordHash.ShouldBeNull();
    }

    [Test]
    public void ShouldBePubliclyAccessibleOnlyWhenVisibleAndOpen()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        circuit.IsPubliclyAccessible(Now).ShouldBeFalse();
        circuit.Update(null, null, null, null, allowPublicVisibility: true, Now);
        circuit.IsPubliclyAccessible(Now).ShouldBeTrue();

        circuit.ReplacePublicSettings(
            new PublicProfile(PublicAccessMode.Scheduled, ScheduledDate: Now.AddDays(1)), null, [], new HashSet<string>(), Now);

        circuit.IsPubliclyAccessible(Now).ShouldBeFalse();
        circuit.IsPubliclyAccessible(Now.AddDays(1)).ShouldBeTrue();
        Should.Throw<BusinessRuleException>(() => Publish(circuit, PublicAccessMode.Scheduled, Now)).Code
            .ShouldBe("scheduled_date_required");
        Should.Throw<BusinessRuleException>(() => Publish(circuit, PublicAccessMode.Protected, Now)).Code
            .ShouldBe("access_password_required");
    }

    [Test]
    public void ShouldGiveRoleChangesToEveryMemberHoldingTheRole()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        circuit.AddMember("bob", MemberRole.Viewer, "alice", Now);
        circuit.CreateRole("Lab", [CircuitPermission.Pull], "d", null, "alice", Now);
        circuit.AssignRole("bob", "lab", Now);

        circuit.UpdateRole("Lab", [CircuitPermission.Pull, CircuitPermission.Certify], null, "#fff", Now);

        circuit.HasPermission("bob", CircuitPermission.Certify).ShouldBeTrue();
        circuit.CountMembersWithRole("Lab").ShouldBe(1);
        Should.Throw<BusinessRuleException>(() => circuit.DeleteRole("Lab", Now)).Code.ShouldBe("role_in_use");
        Should.Throw<BusinessRuleException>(() => circuit.CreateRole("LAB", [], "d", null, "alice", Now)).Code.ShouldBe("role_exists");
        Should.Throw<BusinessRuleException>(() => circuit.AssignRole("alice", "Lab", Now)).Code.ShouldBe("owner_role_fixed");
    }

    [Test]
    public void ShouldApproveOnlyPendingRequestsAndCountEveryChange()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        var revision = circuit.Revision;
        circuit.SubmitJoinRequest("bob", "hi", Now);

        circuit.ApproveJoinRequest("bob", MemberRole.Viewer, "alice", Now).Permissions.ShouldBe([CircuitPermission.Pull]);

        circuit.Revision.ShouldBe(revision + 2);
        Should.Throw<BusinessRuleException>(() => circuit.RejectJoinRequest("bob", "alice", Now)).Code
            .ShouldBe("join_request_not_found");
        Should.Throw<BusinessRuleException>(() => circuit.SubmitJoinRequest("bob", null, Now)).Code.ShouldBe("already_member");
    }

    [TestCase("ipfs-ipfs", "ipfs-ipfs")]
    [TestCase(" StellarTestnetIpfs ", "stellar_testnet-ipfs")]
    [TestCase("custom-acme", "custom-acme")]
    public void ShouldParseBothSpellingsOfAnAdapter(string text, string canonical)
    {
        CircuitAdapterType.TryParse(text, out var type).ShouldBeTrue();
        type.Name.ShouldBe(canonical);
    }

    [TestCase("floppy")]
    [TestCase("custom-")]
    [TestCase("")]
    public void ShouldRefuseUnknownAdapters(string text) => CircuitAdapterType.TryParse(text, out _).ShouldBeFalse();

    [TestCase(UserTier.Basic, "ipfs-ipfs", true)]
    [TestCase(UserTier.Basic, "stellar_testnet-ipfs", false)]
    [TestCase(UserTier.Professional, "stellar_testnet-ipfs", true)]
    [TestCase(UserTier.Professional, "stellar_mainnet-ipfs", false)]
    [TestCase(UserTier.Enterprise, "stellar_mainnet-ipfs", true)]
    [TestCase(UserTier.Admin, "custom-acme", false)]
    public void ShouldGateAdaptersByTier(UserTier tier, string adapter, bool allowed)
    {
        CircuitAdapterType.TryParse(adapter, out var type).ShouldBeTrue();
        type.IsAvailableTo(tier).ShouldBe(allowed);
    }

    private static void Publish(Circuit circuit, PublicAccessMode mode, DateTimeOffset now, string? hash = null) =>
        circuit.ReplacePublicSettings(new PublicProfile(mode), hash, [], new HashSet<string>(), now);
}
