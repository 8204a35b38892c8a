using System.Text;
using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Application.Items.Commands.ImportItemsCsv;

/// <summary>
/// Comma-separated text as RFC 4180 writes it (and the front end's import): fields may be quoted, a quoted field
/// may hold commas, line breaks and doubled quotes, lines end in LF or CRLF, and a leading byte-order mark is
/// ignored. Lines with only blank fields are skipped, as the front end skips them.
/// </summary>
internal static class CsvText
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var position = text.StartsWith('\uFEFF') ? 1 : 0;
        for (; position < text.Length; position++)
        {
            var character = text[position];
            if (quoted)
            {
                if (character != '"')
                {
                    field.Append(character);
                }
                else if (position + 1 < text.Length && text[position + 1] == '"')
                {
                    field.Append('"');
                    position++;
                }
                else
                {
                    quoted = false;
                }

                continue;
            }

            switch (character)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r' or '\n':
                    if (character == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
                    {
                        position++;
                    }

                    EndRecord(records, record, field);
                    break;
                default:
                    field.Append(character);
                    break;
            }
        }

        if (quoted)
        {
            throw RequestValidationException.ForField("file", "The CSV file ends inside a quoted field (a quote is missing)");
        }

        EndRecord(records, record, field);
        return records;
    }

    private static void EndRecord(List<string[]> records, List<string> record, StringBuilder field)
    {
        record.Add(field.ToString());
        field.Clear();
        if (record.Any(cell => !string.IsNullOrWhiteSpace(cell)))
        {
            records.Add([.. record]);
        }

        record.Clear();
    }
}
