using DeFarm.Domain.Common;

namespace DeFarm.Application.Common.Exceptions;

/// <summary>HTTP 409: the change clashes with existing data (a taken name, a concurrent update).</summary>
public sealed class ConflictException(string code, string message) : DeFarmException(code, message);
