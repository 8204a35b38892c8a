using NetArchTest.Rules;
using static DeFarm.ArchitectureTests.ArchitectureRule;

namespace DeFarm.ArchitectureTests;

/// <summary>Dependencies point inward: Domain ← Application ← Infrastructure, and the API only composes them.</summary>
public sealed class LayerDependencyTests
{
    [Test]
    public void ShouldKeepTheDomainFreeOfFrameworksAndOuterLayers()
    {
        ShouldHold(Types.InAssembly(Layers.Domain), types => types.ShouldNot().HaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore",
            "Microsoft.AspNetCore",
            "Mediator",
            "FluentValidation",
            "DeFarm.Application",
            "DeFarm.Infrastructure",
            "DeFarm.Api"));
    }

    [Test]
    public void ShouldKeepTheApplicationFreeOfInfrastructureAndWebFrameworks()
    {
        ShouldHold(Types.InAssembly(Layers.Application), types => types.ShouldNot().HaveDependencyOnAny(
            "DeFarm.Infrastructure",
            "DeFarm.Api",
            "Microsoft.EntityFrameworkCore",
            "Microsoft.AspNetCore",
            "Npgsql"));
    }

    [Test]
    public void ShouldKeepTheInfrastructureIndependentOfTheApi()
    {
        ShouldHold(Types.InAssembly(Layers.Infrastructure), types => types.ShouldNot().HaveDependencyOn("DeFarm.Api"));
    }

    [Test]
    public void ShouldKeepControllersAwayFromInfrastructure()
    {
        ShouldHold(
            Types.InAssembly(Layers.Api).That().ResideInNamespace("DeFarm.Api.Controllers"),
            controllers => controllers.ShouldNot().HaveDependencyOnAny(
                "DeFarm.Infrastructure", "Microsoft.EntityFrameworkCore"));
    }
}
