using System.Text;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.UnitTests.Common;

/// <summary>Checked against the official BLAKE3 test vectors.</summary>
public sealed class Blake3HashTests
{
    [Test]
    public void ShouldHashTheEmptyInput()
    {
        Blake3Hash.Hex(string.Empty).ShouldBe("af1349b9f5f9a1a6a0404dea36dcc9499bcb25c9adc112b7cc9a93cae41f3262");
    }

    [Test]
    public void ShouldHashAbc()
    {
        Blake3Hash.Hex("abc").ShouldBe("6437b3ac38465133ffb63b75273a8db548c558465d79db03fd359c6cd5bd9d85");
    }

    [Test]
    public void ShouldHashTextAsItsUtf8Bytes()
    {
        Blake3Hash.Hex("ação").ShouldBe(Blake3Hash.Hex(Encoding.UTF8.GetBytes("ação")));
    }

    [Test]
    public void ShouldWriteSixtyFourLowercaseHexDigits()
    {
        Blake3Hash.Hex("DeFarm").ShouldMatch("^[0-9a-f]{64}$");
    }
}
