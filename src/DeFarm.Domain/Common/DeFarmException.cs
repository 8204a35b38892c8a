namespace DeFarm.Domain.Common;

/// <summary>
/// Base of every expected failure. The API maps each subtype to one HTTP status; <see cref="Code"/> is the
/// stable machine-readable code clients switch on, the message is the human text.
/// </summary>
public abstract class DeFarmException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
