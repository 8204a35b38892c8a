using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>HTTP 403: the caller is known but may not do this.</summary>
public sealed class ForbiddenException(string code, string message) : DeFarmException(code, message);
