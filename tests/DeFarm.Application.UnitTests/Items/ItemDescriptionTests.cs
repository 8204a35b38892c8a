using System.Text.Json.Nodes;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;

namespace DeFarm.Application.UnitTests.Items;

public sealed class ItemDescriptionTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [TestCase("bovino", "bovino")]
    [TestCase("BEEF", "bovino")]
    [TestCase(" frango ", "aves")]
    [TestCase("COFFEE", "cafe")]
    [TestCase("outro", "generic")]
    [TestCase(null, "generic")]
    public void ShouldFindTheNamespaceOfAValueChain(string? valueChain, string expected)
    {
        ItemDescription.NamespaceOf(valueChain).ShouldBe(expected);
    }

    [Test]
    public void ShouldKeepTheDescriptionInTheEnrichedDataAndTheRestAsMetadata()
    {
        var data = ItemDescription.Compose("soja", "other", 2025, new JsonObject { ["talhao"] = "3" });
        var item = Item.CreateWithDfid(Dfid.Create(new DateOnly(2026, 3, 14), 1), [], data, Guid.NewGuid(), "alice", null, Now);

        ItemDescription.ValueChainOf(item).ShouldBe("soja");
        ItemDescription.CountryOf(item).ShouldBe("other");
        ItemDescription.YearOf(item).ShouldBe(2025);
        ItemDescription.MetadataOf(item).ToJsonString().ShouldBe("""{"talhao":"3"}""");
        ItemDescription.WithMetadata(item, new JsonObject { ["lote"] = "L-1" }).ToJsonString()
            .ShouldBe("""{"lote":"L-1","value_chain":"soja","country":"other","year":2025}""");
    }

    [Test]
    public void ShouldReadNoDescriptionFromAnEnginesItem()
    {
        var item = Item.CreateWithDfid(
            Dfid.Create(new DateOnly(2026, 3, 14), 2), [], new JsonObject { ["year"] = "2025", ["breed"] = "Nelore" },
            Guid.NewGuid(), "alice", null, Now);

        ItemDescription.ValueChainOf(item).ShouldBeNull();
        ItemDescription.YearOf(item).ShouldBeNull("a year that is not a number is no year");
        ItemDescription.MetadataOf(item).ToJsonString().ShouldBe("""{"breed":"Nelore"}""");
    }
}
