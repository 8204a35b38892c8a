using DeFarm.Domain.Circuits;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.UnitTests.Circuits;

/// <summary>What the web front end adds to circuits: slug, type, three visibilities, listing, archive.</summary>
public sealed class CircuitListingTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [TestCase("Meu Circuito", "meu-circuito")]
    [TestCase("  Café & Açúcar -- São João!  ", "cafe-acucar-sao-joao")]
    [TestCase("紅茶", "circuit")]
    public void ShouldSlugTheNameAndEndWithPartOfTheId(string name, string stem)
    {
        var circuit = Circuit.Create(name, "d", "alice", Now);

        circuit.Slug.ShouldBe($"{stem}-{circuit.Id:N}"[..(stem.Length + 9)]);
        Guid.TryParse(circuit.Slug, out _).ShouldBeFalse();
    }

    [Test]
    public void ShouldKeepTheSlugShortAndStableWhenRenamed()
    {
        var circuit = Circuit.Create(new string('a', 300), "d", "alice", Now);
        var slug = circuit.Slug;

        circuit.Update("Outro nome", null, null, null, null, Now);

        slug.Length.ShouldBe(CircuitSlug.MaxLength);
        circuit.Slug.ShouldBe(slug);
    }

    [Test]
    public void ShouldOpenOnlyAPublicCircuitAndRememberRestricted()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);

        circuit.ChangeVisibility(CircuitVisibility.Restricted, Now);
        (circuit.Visibility, circuit.IsPubliclyAccessible(Now)).ShouldBe((CircuitVisibility.Restricted, false));
        circuit.ChangeVisibility(CircuitVisibility.Public, Now);
        (circuit.Visibility, circuit.IsPubliclyAccessible(Now)).ShouldBe((CircuitVisibility.Public, true));
        circuit.ChangeVisibility(CircuitVisibility.Private, Now);
        (circuit.Visibility, circuit.AllowPublicVisibility).ShouldBe((CircuitVisibility.Private, false));
    }

    [Test]
    public void ShouldBeDiscoverableOnlyWhenPublicActiveAndListed()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        circuit.ChangeListing(new CircuitListing(true, false, false, null, null), Now);
        circuit.IsDiscoverable(Now).ShouldBeFalse();

        circuit.ChangeVisibility(CircuitVisibility.Public, Now);
        circuit.IsDiscoverable(Now).ShouldBeTrue();

        circuit.Archive(Now);
        circuit.IsDiscoverable(Now).ShouldBeFalse();
        Should.Throw<BusinessRuleException>(() => circuit.Deactivate(Now)).Code.ShouldBe("circuit_archived");
    }

    [Test]
    public void ShouldDescribeAPrivateCircuitPubliclyWithoutOpeningIt()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);
        circuit.DescribePublicly(null, Now);
        circuit.PublicSettings.ShouldBeNull();

        circuit.DescribePublicly("Para o público", Now);

        circuit.PublicSettings!.PublicDescription.ShouldBe("Para o público");
        circuit.IsPubliclyAccessible(Now).ShouldBeFalse();
    }

    [Test]
    public void ShouldTakeAnyShortTypeLabel()
    {
        var circuit = Circuit.Create("c", "d", "alice", Now);

        circuit.ChangeType("  supply_chain ", Now);
        circuit.CircuitType.ShouldBe("supply_chain");
        circuit.ChangeType(" ", Now);
        circuit.CircuitType.ShouldBeNull();
        Should.Throw<BusinessRuleException>(() => circuit.ChangeType(new string('x', 51), Now)).Code.ShouldBe("invalid_circuit_type");
    }
}
