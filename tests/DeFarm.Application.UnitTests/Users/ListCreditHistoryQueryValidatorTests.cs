using DeFarm.Application.Users.Queries.ListCreditHistory;
using static DeFarm.Application.UnitTests.Common.ValidationErrors;

namespace DeFarm.Application.UnitTests.Users;

public sealed class ListCreditHistoryQueryValidatorTests
{
    private readonly ListCreditHistoryQueryValidator _validator = new();

    [Test]
    public void ShouldAcceptTheDefaultLimit()
    {
        Of(_validator, new ListCreditHistoryQuery()).ShouldBeEmpty();
    }

    [TestCase(1)]
    [TestCase(1000)]
    public void ShouldAcceptALimitWithinRange(int limit)
    {
        Of(_validator, new ListCreditHistoryQuery { Limit = limit }).ShouldBeEmpty();
    }

    [TestCase(0)]
    [TestCase(-5)]
    [TestCase(1001)]
    public void ShouldRejectALimitOutOfRange(int limit)
    {
        Of(_validator, new ListCreditHistoryQuery { Limit = limit }).ShouldBe(["Limit: limit must be between 1 and 1000"]);
    }
}
