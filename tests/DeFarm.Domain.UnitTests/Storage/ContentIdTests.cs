using System.Security.Cryptography;
using System.Text;
using DeFarm.Domain.Storage;

namespace DeFarm.Domain.UnitTests.Storage;

public sealed class ContentIdTests
{
    /// <summary>Published CIDv1 (raw, sha2-256, base32) of the empty block and of "hello world" (what <c>ipfs add --cid-version=1</c> prints).</summary>
    [TestCase("", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku")]
    [TestCase("hello world", "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e")]
    public void ShouldMatchPublishedVectors(string text, string expected)
    {
        ContentId.Compute(Encoding.UTF8.GetBytes(text)).ShouldBe(expected);
    }

    [TestCase("")]
    [TestCase("a")]
    [TestCase("""{"dfid":"DFID-20260314-000001-1A2B","status":"Active"}""")]
    public void ShouldEqualTheCidAssembledByHand(string text)
    {
        var content = Encoding.UTF8.GetBytes(text);

        ContentId.Compute(content).ShouldBe(CidByHand(content));
    }

    [Test]
    public void ShouldGiveTheSameContentTheSameCidAndOtherContentAnother()
    {
        var first = ContentId.Compute("""{"a":1}"""u8);

        ContentId.Compute("""{"a":1}"""u8).ShouldBe(first);
        ContentId.Compute("""{"a":2}"""u8).ShouldNotBe(first);
        first.ShouldStartWith("bafkrei");
    }

    [Test]
    public void ShouldVerifyContentAgainstItsCid()
    {
        var cid = ContentId.Compute("hello world"u8);

        ContentId.Matches(cid, "hello world"u8).ShouldBeTrue();
        ContentId.Matches(cid, "hello world!"u8).ShouldBeFalse();
    }

    /// <summary>
    /// An independent rendering: multibase prefix 'b' + RFC 4648 base32 (lower case, unpadded) of
    /// [CIDv1 0x01, raw 0x55, sha2-256 0x12, length 0x20, digest], written out as a bit string.
    /// </summary>
    private static string CidByHand(byte[] content)
    {
        var bytes = new byte[] { 0x01, 0x55, 0x12, 0x20 }.Concat(SHA256.HashData(content)).ToArray();
        var bits = string.Concat(bytes.Select(b => Convert.ToString(b, 2).PadLeft(8, '0')));
        bits = bits.PadRight((bits.Length + 4) / 5 * 5, '0');
        var alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        return "b" + string.Concat(Enumerable.Range(0, bits.Length / 5).Select(i => alphabet[Convert.ToInt32(bits.Substring(i * 5, 5), 2)]));
    }
}
