using DeFarm.Application.Events;
using DeFarm.Application.Events.Commands.CreateEvent;
using DeFarm.Application.Events.Queries.ListEvents;
using DeFarm.Domain.Events;
using static DeFarm.Application.UnitTests.Common.ValidationErrors;

namespace DeFarm.Application.UnitTests.Events;

public sealed class EventValidatorTests
{
    private readonly CreateEventCommandValidator _create = new();
    private readonly ListEventsQueryValidator _list = new();

    [TestCase("created", EventType.Created)]
    [TestCase("PUSHEDTOCIRCUIT", EventType.PushedToCircuit)]
    [TestCase(" StatusChanged ", EventType.StatusChanged)]
    public void ShouldParseEventTypesInAnyCase(string text, EventType expected)
    {
        EventText.TryParseType(text, out var type).ShouldBeTrue();
        type.ShouldBe(expected);
    }

    [TestCase("circuitonly", EventVisibility.CircuitOnly)]
    [TestCase("DIRECT", EventVisibility.Direct)]
    public void ShouldParseVisibilitiesInAnyCase(string text, EventVisibility expected)
    {
        EventText.TryParseVisibility(text, out var visibility).ShouldBeTrue();
        visibility.ShouldBe(expected);
    }

    [TestCase("0")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("circuit_only")]
    public void ShouldRejectNumbersAndUnknownNames(string? text)
    {
        EventText.TryParseVisibility(text, out _).ShouldBeFalse();
        EventText.TryParseType(text, out _).ShouldBeFalse();
    }

    [Test]
    public void ShouldNameTheBadValuesOfACreateCommand()
    {
        Of(_create, new CreateEventCommand { Dfid = "DFID-x", EventType = "Born", Visibility = "team" })
            .ShouldBe(["EventType: Invalid event type: Born", "Visibility: Invalid visibility: team"]);
        Of(_create, new CreateEventCommand { EventType = "created", Visibility = "public" })
            .ShouldBe(["Dfid: dfid is required"]);
    }

    [Test]
    public void ShouldAcceptAListWithoutFilters()
    {
        Of(_list, new ListEventsQuery()).ShouldBeEmpty();
    }

    [Test]
    public void ShouldRejectBadListFiltersAndPaging()
    {
        Of(_list, new ListEventsQuery { EventType = "x", Visibility = "y", Limit = 0, Offset = -1, EndDate = long.MinValue })
            .ShouldBe([
                "EventType: Invalid event type: x", "Visibility: Invalid visibility: y", "EndDate: end_date is out of range",
                "Limit: limit must be between 1 and 1000", "Offset: offset must not be negative",
            ]);
    }
}
