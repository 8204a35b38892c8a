using FluentValidation;
using Mediator;
using NetArchTest.Rules;
using static DeFarm.ArchitectureTests.ArchitectureRule;

namespace DeFarm.ArchitectureTests;

/// <summary>The naming and shape conventions of the application layer (style-anchors §3 bullets 3 and 4).</summary>
public sealed class ConventionTests
{
    private static PredicateList Commands => InApplication.That().ImplementInterface(typeof(ICommand<>));

    private static PredicateList Queries => InApplication.That().ImplementInterface(typeof(IQuery<>));

    private static PredicateList CommandHandlers => InApplication.That().ImplementInterface(typeof(ICommandHandler<,>));

    private static PredicateList QueryHandlers => InApplication.That().ImplementInterface(typeof(IQueryHandler<,>));

    private static Types InApplication => Types.InAssembly(Layers.Application);

    [Test]
    public void ShouldNameCommandHandlersWithTheCommandHandlerSuffix()
    {
        ShouldHold(CommandHandlers, handlers => handlers.Should().HaveNameEndingWith("CommandHandler"));
    }

    [Test]
    public void ShouldNameQueryHandlersWithTheQueryHandlerSuffix()
    {
        ShouldHold(QueryHandlers, handlers => handlers.Should().HaveNameEndingWith("QueryHandler"));
    }

    [Test]
    public void ShouldSealCommandHandlers()
    {
        ShouldHold(CommandHandlers, handlers => handlers.Should().BeSealed());
    }

    [Test]
    public void ShouldSealQueryHandlers()
    {
        ShouldHold(QueryHandlers, handlers => handlers.Should().BeSealed());
    }

    [Test]
    public void ShouldNameCommandsWithTheCommandSuffix()
    {
        ShouldHold(Commands, commands => commands.Should().HaveNameEndingWith("Command"));
    }

    [Test]
    public void ShouldNameQueriesWithTheQuerySuffix()
    {
        ShouldHold(Queries, queries => queries.Should().HaveNameEndingWith("Query"));
    }

    [Test]
    public void ShouldSealCommands()
    {
        ShouldHold(Commands, commands => commands.Should().BeSealed());
    }

    [Test]
    public void ShouldSealQueries()
    {
        ShouldHold(Queries, queries => queries.Should().BeSealed());
    }

    [Test]
    public void ShouldMakeCommandsImmutable()
    {
        ShouldHold(Commands, commands => commands.Should().MeetCustomRule(new InitOnlyImmutability()));
    }

    [Test]
    public void ShouldMakeQueriesImmutable()
    {
        ShouldHold(Queries, queries => queries.Should().MeetCustomRule(new InitOnlyImmutability()));
    }

    [Test]
    public void ShouldNameValidatorsWithTheValidatorSuffix()
    {
        ShouldHold(
            InApplication.That().Inherit(typeof(AbstractValidator<>)),
            validators => validators.Should().HaveNameEndingWith("Validator"));
    }
}
