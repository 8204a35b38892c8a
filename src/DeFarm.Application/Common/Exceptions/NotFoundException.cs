using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>HTTP 404: the resource does not exist, or the caller may not know it exists.</summary>
public sealed class NotFoundException(string code, string message) : DeFarmException(code, message);
