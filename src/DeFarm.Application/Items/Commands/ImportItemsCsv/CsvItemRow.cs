using System.Globalization;
using System.Text.Json.Nodes;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items.Commands.ImportItemsCsv;

/// <summary>One item row of the file, read by its columns: the identifiers and the enriched data it registers.</summary>
internal sealed record CsvItemRow(int Number, List<Identifier> Identifiers, JsonObject Data)
{
    /// <returns>The row, or <c>null</c> when it is malformed (its problems are added to <paramref name="rowErrors"/>).</returns>
    public static CsvItemRow? Read(
        CsvItemColumns columns, string[] record, int number, Dictionary<string, string[]> rowErrors)
    {
        var valueChain = columns.Cell(record, ItemDescription.ValueChainKey);
        var country = columns.Cell(record, ItemDescription.CountryKey);
        var yearText = columns.Cell(record, ItemDescription.YearKey);
        int? year = int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var problem = record.Length > columns.Count ? $"it has {record.Length} fields but the header names {columns.Count} columns"
            : valueChain is null ? "value_chain is empty"
            : country is null ? "country is empty"
            : valueChain.Length > ItemDescription.MaxTextLength || country.Length > ItemDescription.MaxTextLength
                ? $"value_chain and country have at most {ItemDescription.MaxTextLength} characters"
            : yearText is not null && year is not (>= ItemDescription.MinYear and <= ItemDescription.MaxYear)
                ? $"year '{yearText}' is not a year between {ItemDescription.MinYear} and {ItemDescription.MaxYear}"
            : null;
        if (problem is not null)
        {
            Fail(rowErrors, number, problem);
            return null;
        }

        return new CsvItemRow(
            number,
            columns.IdentifiersOf(record, ItemDescription.NamespaceOf(valueChain)),
            ItemDescription.Compose(valueChain!, country!, year, columns.MetadataOf(record)));
    }

    /// <summary>Reports a bad row under <c>rows[n]</c>, its message naming the row as the user's spreadsheet does.</summary>
    public static void Fail(Dictionary<string, string[]> rowErrors, int number, string problem) =>
        rowErrors[$"rows[{number}]"] = [$"Row {number}: {problem}"];
}
