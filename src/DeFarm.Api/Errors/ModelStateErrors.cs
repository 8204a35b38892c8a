using DeFarm.Application.Common.Exceptions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DeFarm.Api.Errors;

/// <summary>
/// Binding failures (malformed JSON, a wrong type, a missing body) as the same 400 the validators produce,
/// keyed by wire field name and without .NET type names in the messages.
/// </summary>
public static class ModelStateErrors
{
    public static RequestValidationException ToException(ModelStateDictionary modelState) =>
        new(modelState
            .Where(entry => entry.Value?.Errors.Count > 0)
            .ToDictionary(entry => FieldOf(entry.Key), entry => entry.Value!.Errors.Select(e => MessageFor(entry.Key, e)).Distinct().ToArray()));

    private static string FieldOf(string key) => key switch
    {
        "" or "$" => "body",
        _ => ErrorResponseWriter.WireFieldName(key),
    };

    private static string MessageFor(string key, ModelError error) => key switch
    {
        "$" => "The request body is not valid JSON.",
        _ when key.StartsWith("$.", StringComparison.Ordinal) =>
            $"Field '{FieldOf(key)}' is missing a value or has a value of the wrong type.",
        _ when !string.IsNullOrEmpty(error.ErrorMessage) => error.ErrorMessage,
        _ => $"Field '{FieldOf(key)}' has an invalid value.",
    };
}
