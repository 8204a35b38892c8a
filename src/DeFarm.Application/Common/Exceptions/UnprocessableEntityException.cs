using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>
/// HTTP 422: the request is well-formed but its values cannot be applied. <see cref="Details"/> is serialized
/// as the body's <c>details</c> member (the public-settings errors of engines-api.md §4.1).
/// </summary>
public sealed class UnprocessableEntityException(string code, string message, object details)
    : DeFarmException(code, message)
{
    public object Details { get; } = details;
}
