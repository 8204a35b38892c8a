using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items.Commands.ImportItemsCsv;

/// <summary>
/// What each column of an item import means (ADR-018): <c>value_chain</c>, <c>country</c> and the optional
/// <c>year</c> describe the item; a column named after a registry DeFarm knows (<c>sisbov</c>, <c>cpf</c>, …) holds a
/// canonical identifier; every other column is kept as metadata and reported as unclassified. Names are matched
/// without regard to case or surrounding blanks.
/// </summary>
internal sealed class CsvItemColumns
{
    private readonly string[] _names;

    private CsvItemColumns(string[] names) => _names = names;

    /// <summary>The metadata columns, in the header's order.</summary>
    public IReadOnlyList<string> Unclassified =>
        _names.Where(name => !ItemDescription.Keys.Contains(name) && !IsRegistry(name)).ToList();

    public int Count => _names.Length;

    /// <summary>Reads the header row; a header the rows cannot be read by is a 400 naming the file.</summary>
    public static CsvItemColumns FromHeader(string[] header)
    {
        var names = header.Select(Normalize).ToArray();
        var problem = names.Any(string.IsNullOrEmpty) ? "the header has a blank column name"
            : names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } twice ? $"the header names column '{twice.Key}' twice"
            : !names.Contains(ItemDescription.ValueChainKey) || !names.Contains(ItemDescription.CountryKey)
                ? "the header must name the columns value_chain and country"
            : names.Contains(ItemMetadataRules.CircuitIdKey) ? "circuit_id is chosen for the whole file, not per row"
            : null;
        return problem is null ? new CsvItemColumns(names) : throw RequestValidationException.ForField("file", problem);
    }

    /// <summary>The record's trimmed cell under column <paramref name="name"/>; <c>null</c> when blank, short or absent.</summary>
    public string? Cell(string[] record, string name)
    {
        var index = Array.IndexOf(_names, name);
        return index >= 0 && index < record.Length && !string.IsNullOrWhiteSpace(record[index]) ? record[index].Trim() : null;
    }

    /// <summary>A canonical identifier for every registry column the record fills.</summary>
    public List<Identifier> IdentifiersOf(string[] record, string @namespace) =>
        _names.Where(IsRegistry)
            .Select(name => (Registry: name, Value: Cell(record, name)))
            .Where(cell => cell.Value is not null)
            .Select(cell => Identifier.Canonical(@namespace, cell.Registry, cell.Value!))
            .ToList();

    /// <summary>The record's filled metadata cells, as text (a CSV cell has no type).</summary>
    public JsonObject MetadataOf(string[] record) =>
        new(Unclassified
            .Select(name => (Name: name, Value: Cell(record, name)))
            .Where(cell => cell.Value is not null)
            .Select(cell => KeyValuePair.Create(cell.Name, (JsonNode?)JsonValue.Create(cell.Value))));

    private static bool IsRegistry(string name) => CanonicalRegistries.Known.Contains(name);

    private static string Normalize(string name) => name.Trim().ToLowerInvariant();
}
