using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.Circuits;

/// <summary>Parses roles, permissions and statuses as clients send them: the names, in any letter case.</summary>
public static class CircuitText
{
    public static MemberRole ParseRole(string? text, string field = "role") =>
        TryParse<MemberRole>(text, out var role)
            ? role
            : throw RequestValidationException.ForField(field, $"Invalid role: {text}");

    public static IReadOnlyList<CircuitPermission> ParsePermissions(IEnumerable<string> texts) =>
        texts.Select(text => TryParse<CircuitPermission>(text, out var permission)
            ? permission
            : throw RequestValidationException.ForField("permissions", $"Invalid permission: {text}")).ToList();

    /// <summary>A status filter; <c>null</c> for anything that is not a status name (the filter is then ignored).</summary>
    public static CircuitStatus? ParseStatusFilter(string? text) =>
        TryParse<CircuitStatus>(text, out var status) ? status : null;

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var trimmed = text?.Trim();
        return !string.IsNullOrEmpty(trimmed) && !char.IsAsciiDigit(trimmed[0]) && trimmed[0] != '-'
            && Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value);
    }
}
