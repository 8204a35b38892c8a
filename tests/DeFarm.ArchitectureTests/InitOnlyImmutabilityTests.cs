using NetArchTest.Rules;

namespace DeFarm.ArchitectureTests;

/// <summary>The custom immutability rule must still catch what <c>BeImmutable()</c> catches.</summary>
public sealed class InitOnlyImmutabilityTests
{
    [TestCase(typeof(InitOnlySample), true)]
    [TestCase(typeof(PositionalSample), true)]
    [TestCase(typeof(GetOnlySample), true)]
    [TestCase(typeof(PublicSetterSample), false)]
    [TestCase(typeof(PrivateSetterSample), false)]
    [TestCase(typeof(MutableFieldSample), false)]
    public void ShouldAcceptOnlyTypesWithoutAWayToChangeThemAfterConstruction(Type sample, bool immutable)
    {
        var selection = Types.InAssembly(sample.Assembly).That().HaveName(sample.Name);
        selection.GetTypes().ShouldHaveSingleItem().ShouldBe(sample);

        selection.Should().MeetCustomRule(new InitOnlyImmutability()).GetResult().IsSuccessful.ShouldBe(immutable);
    }

    public sealed record InitOnlySample
    {
        public string Name { get; init; } = string.Empty;
    }

    public sealed record PositionalSample(string Name, int Count);

    public sealed class GetOnlySample(string name)
    {
        public string Name { get; } = name;
    }

    public sealed class PublicSetterSample
    {
        public string Name { get; set; } = string.Empty;
    }

    public sealed class PrivateSetterSample
    {
        public string Name { get; private set; } = string.Empty;
    }

    public sealed class MutableFieldSample
    {
#pragma warning disable CA1051 // the sample needs a public mutable field
        public int Count;
#pragma warning restore CA1051
    }
}
