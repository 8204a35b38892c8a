namespace DeFarm.Application.Common;

/// <summary>A plain confirmation, <c>{"message": "..."}</c>.</summary>
public sealed record MessageResponse(string Message);
