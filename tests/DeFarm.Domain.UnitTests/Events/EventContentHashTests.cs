using System.Text.Json.Nodes;
using DeFarm.Domain.Common;
using DeFarm.Domain.Events;

namespace DeFarm.Domain.UnitTests.Events;

public sealed class EventContentHashTests
{
    private const string Dfid = "DFID-20260314-000001-1A2B";
    private const string Source = "user-1";

    [Test]
    public void ShouldHashTheConcatenationOfDfidTypeNameSourceAndCanonicalMetadata()
    {
        var metadata = Parse("""{"b":1,"a":"x"}""");

        EventContentHash.Compute(Dfid, EventType.PushedToCircuit, Source, metadata)
            .ShouldBe(Blake3Hash.Hex(Dfid + "PushedToCircuit" + Source + """{"a":"x","b":1}"""));
    }

    [Test]
    public void ShouldNotDependOnKeyOrder()
    {
        HashOf("""{"weight":410,"breed":"Nelore","farm":"A"}""")
            .ShouldBe(HashOf("""{"farm":"A","breed":"Nelore","weight":410}"""));
    }

    [Test]
    public void ShouldSortKeysOfNestedObjectsAtEveryDepth()
    {
        CanonicalJson.Serialize(Parse("""{"z":{"y":{"b":2,"a":1},"x":[{"d":4,"c":3}]},"a":null}"""))
            .ShouldBe("""{"a":null,"z":{"x":[{"c":3,"d":4}],"y":{"a":1,"b":2}}}""");
        HashOf("""{"outer":{"b":2,"a":1}}""").ShouldBe(HashOf("""{"outer":{"a":1,"b":2}}"""));
    }

    [Test]
    public void ShouldWriteCompactJsonWithoutEscapingNonAscii()
    {
        CanonicalJson.Serialize(Parse("""{ "região" : "São Paulo", "n" : [ 1, 2 ] }"""))
            .ShouldBe("""{"n":[1,2],"região":"São Paulo"}""");
    }

    [TestCase("""{"weight":411}""")]
    [TestCase("""{"weight":"410"}""")]
    [TestCase("""{"weight":410,"extra":true}""")]
    [TestCase("""{"Weight":410}""")]
    [TestCase("""{"nested":{"weight":410}}""")]
    public void ShouldChangeWithAnyChangeOfMetadata(string other)
    {
        HashOf(other).ShouldNotBe(HashOf("""{"weight":410}"""));
    }

    [Test]
    public void ShouldKeepArrayOrder()
    {
        HashOf("""{"list":[1,2]}""").ShouldNotBe(HashOf("""{"list":[2,1]}"""));
    }

    [Test]
    public void ShouldChangeWithDfidTypeOrSource()
    {
        var metadata = Parse("""{"a":1}""");
        var hash = EventContentHash.Compute(Dfid, EventType.Created, Source, metadata);

        EventContentHash.Compute("DFID-20260314-000002-1A2C", EventType.Created, Source, metadata).ShouldNotBe(hash);
        EventContentHash.Compute(Dfid, EventType.Updated, Source, metadata).ShouldNotBe(hash);
        EventContentHash.Compute(Dfid, EventType.Created, "user-2", metadata).ShouldNotBe(hash);
    }

    private static string HashOf(string metadataJson) =>
        EventContentHash.Compute(Dfid, EventType.Created, Source, Parse(metadataJson));

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
