namespace DeFarm.Application.Circuits;

/// <summary><c>{"success": true, "message": "..."}</c>, the confirmation of the circuit routes.</summary>
public sealed record SuccessResponse(bool Success, string Message);

/// <summary><c>{"success": true, "data": ...}</c>, the envelope some circuit routes answer with.</summary>
public sealed record SuccessData<T>(bool Success, T Data)
{
    public static SuccessData<T> Of(T data) => new(true, data);
}
