namespace DeFarm.Domain.Items;

/// <summary>Value rules of the official registries (engines-api.md §1.1); other registries accept any value.</summary>
public static class CanonicalRegistries
{
    /// <summary>The official registries DeFarm knows, each with its value rule below.</summary>
    public static readonly IReadOnlySet<string> Known = new HashSet<string>(StringComparer.Ordinal)
    {
        "sisbov", "cpf", "cnpj", "car", "nirf", "ie", "rfid",
    };

    /// <returns>Why <paramref name="value"/> is not a valid <paramref name="registry"/> value, or <c>null</c>.</returns>
    public static string? FindViolation(string registry, string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        return registry switch
        {
            "sisbov" when !(value.StartsWith("BR", StringComparison.Ordinal) && value.Length == 14 && value[2..].All(char.IsAsciiDigit))
                => "a SISBOV number is BR followed by 12 digits",
            "cpf" when !IsDocumentNumber(digits, 11) => "a CPF has 11 digits, not all the same",
            "cnpj" when !IsDocumentNumber(digits, 14) => "a CNPJ has 14 digits, not all the same",
            "car" when !(value.StartsWith("BR-", StringComparison.Ordinal) && value.Length is >= 9 and <= 44)
                => "a CAR code starts with BR- and has 9 to 44 characters",
            "nirf" when digits.Length < 8 => "a NIRF has at least 8 digits",
            "ie" when value.Length < 8 => "an IE has at least 8 characters",
            "rfid" when value.Length < 10 => "an RFID tag has at least 10 characters",
            _ => null,
        };
    }

    private static bool IsDocumentNumber(string digits, int length) =>
        digits.Length == length && digits.Distinct().Count() > 1;
}
