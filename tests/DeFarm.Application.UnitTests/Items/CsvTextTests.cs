using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Items.Commands.ImportItemsCsv;

namespace DeFarm.Application.UnitTests.Items;

public sealed class CsvTextTests
{
    [Test]
    public void ShouldReadQuotedFieldsWithCommasLineBreaksAndDoubledQuotes()
    {
        var records = CsvText.Parse("\uFEFFa,b,c\r\n\"x, y\",\"line\nbreak\",\"say \"\"hi\"\"\"\n");

        records.Count.ShouldBe(2);
        records[0].ShouldBe(["a", "b", "c"]);
        records[1].ShouldBe(["x, y", "line\nbreak", "say \"hi\""]);
    }

    [Test]
    public void ShouldSkipBlankLinesAndKeepEmptyFields()
    {
        var records = CsvText.Parse("a,b\n\n , \nx,\n,y");

        records.Select(r => string.Join("|", r)).ShouldBe(["a|b", "x|", "|y"]);
    }

    [Test]
    public void ShouldRefuseAQuoteThatIsNeverClosed()
    {
        var failure = Should.Throw<RequestValidationException>(() => CsvText.Parse("a,b\n\"x,y\n"));

        failure.Errors.Keys.ShouldBe(["file"]);
    }
}
