using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>HTTP 401: no valid credentials were presented.</summary>
public sealed class UnauthenticatedException(string code, string message) : DeFarmException(code, message);
