using DeFarm.Domain.Items;

namespace DeFarm.Domain.UnitTests.Items;

public sealed class DfidTests
{
    [TestCase(2024, 9, 26, 1, "DFID-20240926-000001-2488")]
    [TestCase(2025, 12, 5, 1, "DFID-20251205-000001-2109")]
    [TestCase(2025, 12, 5, 42, "DFID-20251205-000042-2186")]
    [TestCase(2025, 1, 1, 123456, "DFID-20250101-123456-6DF2")]
    public void ShouldMatchTheWorkedExamplesOfTheSpecification(int year, int month, int day, long sequence, string expected)
    {
        var dfid = Dfid.Create(new DateOnly(year, month, day), sequence);

        dfid.Value.ShouldBe(expected);
        Dfid.IsValid(expected).ShouldBeTrue();
    }

    [Test]
    public void ShouldWidenTheSequenceBeyondSixDigitsAndStillValidate()
    {
        var millionth = Dfid.Create(new DateOnly(2026, 11, 25), 1_000_000);

        millionth.SequencePart.ShouldBe("1000000");
        Dfid.IsValid(millionth.Value).ShouldBeTrue();
    }

    [Test]
    public void ShouldExtractDateAndSequence()
    {
        Dfid.TryParse("DFID-20250101-123456-6DF2", out var dfid).ShouldBeTrue();

        dfid.Sequence.ShouldBe(123456);
        dfid.CreatedOn.ShouldBe(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Test]
    public void ShouldAcceptAnImpossibleCalendarDateWithoutACreationDate()
    {
        var checksum = Dfid.Checksum("20251399", "000001");

        Dfid.TryParse($"DFID-20251399-000001-{checksum}", out var dfid).ShouldBeTrue();
        dfid.CreatedOn.ShouldBeNull();
    }

    [TestCase("DFID-20240926-000001-2489", TestName = "wrong checksum")]
    [TestCase("DFID-20240926-000001-2488a", TestName = "extra checksum character")]
    [TestCase("DFID-20250101-123456-6df2", TestName = "lower-case checksum")]
    [TestCase("DFID-20240926-000001-02488", TestName = "padded checksum")]
    [TestCase("dfid-20240926-000001-2488", TestName = "lower-case prefix")]
    [TestCase("DFID-2024092-000001-2488", TestName = "seven-digit date")]
    [TestCase("DFID-20240926-00001-2488", TestName = "five-digit sequence")]
    [TestCase("DFID-20240926-0000000000001-2488", TestName = "thirteen-digit sequence")]
    [TestCase("DFID-20240926-000001", TestName = "three parts")]
    [TestCase("DFID-20240926-000001-2488-X", TestName = "five parts")]
    [TestCase("LID-3f0c4a1e-0000-0000-0000-000000000000", TestName = "local id")]
    [TestCase("", TestName = "empty")]
    [TestCase(null, TestName = "null")]
    public void ShouldRejectMalformedDfids(string? text)
    {
        Dfid.IsValid(text).ShouldBeFalse();
    }

    [Test]
    public void ShouldRefuseNonPositiveSequences()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Dfid.Create(new DateOnly(2026, 1, 1), 0));
    }
}
