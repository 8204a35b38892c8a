using System.Globalization;

namespace DeFarm.Domain.Items;

/// <summary>
/// The permanent id of a tracked thing: <c>DFID-YYYYMMDD-NNNNNN-CHECK</c> (engines-api.md §2). The sequence
/// comes from one system-wide counter and has at least 6 digits; validation accepts 6 to 12 (decision 2).
/// </summary>
public sealed record Dfid
{
    public const string Prefix = "DFID-";
    private const int MinSequenceDigits = 6;
    private const int MaxSequenceDigits = 12;

    private Dfid(string datePart, string sequencePart)
    {
        DatePart = datePart;
        SequencePart = sequencePart;
        Value = $"{Prefix}{datePart}-{sequencePart}-{Checksum(datePart, sequencePart)}";
    }

    public string Value { get; }

    /// <summary>The UTC generation date as written in the DFID (YYYYMMDD), not checked against the calendar.</summary>
    public string DatePart { get; }

    public string SequencePart { get; }

    public long Sequence => long.Parse(SequencePart, CultureInfo.InvariantCulture);

    /// <summary>The generation day at 00:00 UTC, or <c>null</c> when the date part is not a real calendar date.</summary>
    public DateTimeOffset? CreatedOn =>
        DateTime.TryParseExact(DatePart, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day, TimeSpan.Zero)
            : null;

    public static Dfid Create(DateOnly date, long sequence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        var sequencePart = sequence.ToString(CultureInfo.InvariantCulture).PadLeft(MinSequenceDigits, '0');
        if (sequencePart.Length > MaxSequenceDigits)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "DFID sequences have at most 12 digits");
        }

        return new Dfid(date.ToString("yyyyMMdd", CultureInfo.InvariantCulture), sequencePart);
    }

    /// <summary>Strict validation: prefix, four parts, 8-digit date, 6–12 digit sequence, exact checksum.</summary>
    public static bool TryParse(string? text, out Dfid dfid)
    {
        dfid = null!;
        if (text is null || !text.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length != 4 || !IsDigits(parts[1], 8, 8) || !IsDigits(parts[2], MinSequenceDigits, MaxSequenceDigits)
            || Checksum(parts[1], parts[2]) != parts[3])
        {
            return false;
        }

        dfid = new Dfid(parts[1], parts[2]);
        return true;
    }

    public static bool IsValid(string? text) => TryParse(text, out _);

    /// <summary>
    /// ×31 rolling hash of the date and sequence digits on a 32-bit accumulator with wrap-around, modulo 65535
    /// (not 65536), as upper-case hex without padding.
    /// </summary>
    public static string Checksum(string datePart, string sequencePart)
    {
        var hash = 0u;
        foreach (var character in datePart + sequencePart)
        {
            hash = unchecked((hash * 31) + character);
        }

        return (hash % 0xFFFF).ToString("X", CultureInfo.InvariantCulture);
    }

    public override string ToString() => Value;

    private static bool IsDigits(string text, int minLength, int maxLength) =>
        text.Length >= minLength && text.Length <= maxLength && text.All(char.IsAsciiDigit);
}
