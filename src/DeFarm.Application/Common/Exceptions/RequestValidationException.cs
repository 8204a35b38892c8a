using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>HTTP 400: the request is malformed. <see cref="Errors"/> lists every failure by wire field name.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DeFarmException("validation_failed", errors.Values.SelectMany(m => m).FirstOrDefault() ?? "Invalid request")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static RequestValidationException ForField(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
