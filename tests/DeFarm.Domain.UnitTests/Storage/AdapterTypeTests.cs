using DeFarm.Domain.Common;
using DeFarm.Domain.Storage;

namespace DeFarm.Domain.UnitTests.Storage;

public sealed class AdapterTypeTests
{
    [TestCase("none", AdapterKind.None, "none")]
    [TestCase("None", AdapterKind.None, "none")]
    [TestCase("ipfs-ipfs", AdapterKind.IpfsIpfs, "ipfs-ipfs")]
    [TestCase(" IpfsIpfs ", AdapterKind.IpfsIpfs, "ipfs-ipfs")]
    [TestCase("stellar_testnet-ipfs", AdapterKind.StellarTestnetIpfs, "stellar_testnet-ipfs")]
    [TestCase("StellarTestnetIpfs", AdapterKind.StellarTestnetIpfs, "stellar_testnet-ipfs")]
    [TestCase("StellarMainnetIpfs", AdapterKind.StellarMainnetIpfs, "stellar_mainnet-ipfs")]
    [TestCase("EthereumGoerliIpfs", AdapterKind.EthereumGoerliIpfs, "ethereum_goerli-ipfs")]
    [TestCase("polygon-arweave", AdapterKind.PolygonArweave, "polygon-arweave")]
    [TestCase("custom-acme", AdapterKind.Custom, "custom-acme")]
    public void ShouldReadBothSpellingsAndWriteTheCanonicalOne(string text, AdapterKind kind, string canonical)
    {
        var type = AdapterType.Parse(text);

        type.Kind.ShouldBe(kind);
        type.Name.ShouldBe(canonical);
        type.ToString().ShouldBe(canonical);
    }

    [TestCase("ipfs")]
    [TestCase("IPFS-IPFS")]
    [TestCase("custom-")]
    [TestCase("")]
    public void ShouldRefuseAnUnknownType(string text)
    {
        var error = Should.Throw<BusinessRuleException>(() => AdapterType.Parse(text));

        error.Code.ShouldBe("unknown_adapter_type");
        error.Message.ShouldBe($"Unknown adapter type: {text}");
    }

    [Test]
    public void ShouldCompareByValue()
    {
        AdapterType.Parse("IpfsIpfs").ShouldBe(AdapterType.IpfsIpfs);
        AdapterType.Parse("custom-a").ShouldNotBe(AdapterType.Parse("custom-b"));
    }
}
