using System.Text.Json.Nodes;
using DeFarm.Domain.Common;
using DeFarm.Domain.Storage;

namespace DeFarm.Domain.UnitTests.Storage;

public sealed class StorageLocationTests
{
    [TestCase("""{"Local":{"id":"bafk1"}}""", """Local { id: "bafk1" }""")]
    [TestCase("""{"IPFS":{"cid":"bafk2","pinned":true}}""", """IPFS { cid: "bafk2", pinned: true }""")]
    [TestCase("""{"Stellar":{"transaction_id":"tx","contract_address":"C1","asset_id":"bafk3"}}""", """Stellar { transaction_id: "tx", contract_address: "C1", asset_id: Some("bafk3") }""")]
    [TestCase("""{"Stellar":{"transaction_id":"tx","contract_address":"C1","asset_id":null}}""", """Stellar { transaction_id: "tx", contract_address: "C1", asset_id: None }""")]
    [TestCase("""{"Ethereum":{"transaction_hash":"0x1","contract_address":"0x2","token_id":"7"}}""", """Ethereum { transaction_hash: "0x1", contract_address: "0x2", token_id: Some("7") }""")]
    [TestCase("""{"Arweave":{"transaction_id":"ar1"}}""", """Arweave { transaction_id: "ar1" }""")]
    public void ShouldRoundTripTheTaggedFormAndRenderTheDebugText(string json, string debugText)
    {
        var location = StorageLocation.FromJson(JsonNode.Parse(json));

        location.ToJson().ToJsonString().ShouldBe(json);
        location.DebugText().ShouldBe(debugText);
    }

    [Test]
    public void ShouldCompareByValue()
    {
        StorageLocation.FromJson(JsonNode.Parse("""{"IPFS":{"pinned":true,"cid":"x"}}""")).ShouldBe(new IpfsStorage("x", true));
        new IpfsStorage("x", true).ShouldNotBe(new IpfsStorage("x", false));
        ((StorageLocation)new LocalStorage("x")).ShouldNotBe(new ArweaveStorage("x"));
    }

    [TestCase("""{"IPFS":{"cid":"x"}}""")]
    [TestCase("""{"IPFS":{"cid":"","pinned":true}}""")]
    [TestCase("""{"Tape":{"id":"x"}}""")]
    [TestCase("""{"Local":{"id":"x"},"IPFS":{"cid":"x","pinned":true}}""")]
    [TestCase("""{"Local":"x"}""")]
    [TestCase("""["Local"]""")]
    [TestCase("null")]
    public void ShouldRefuseMalformedLocations(string json)
    {
        Should.Throw<BusinessRuleException>(() => StorageLocation.FromJson(JsonNode.Parse(json)))
            .Code.ShouldBe("invalid_storage_location");
    }
}
