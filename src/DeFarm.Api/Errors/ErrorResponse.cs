using System.Text.Json.Serialization;

namespace DeFarm.Api.Errors;

/// <summary>
/// The engines error body: <c>error</c> is the human message, <c>code</c> a stable snake_case code, and
/// <c>errors</c> lists validation failures by wire field name; <c>details</c> describes a 422.
/// </summary>
public sealed record ErrorResponse(
    string Error,
    string Code,
    string TraceId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    IReadOnlyDictionary<string, string[]>? Errors = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    object? Details = null);
