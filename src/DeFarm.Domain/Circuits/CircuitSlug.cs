using DeFarm.Domain.Common;

namespace DeFarm.Domain.Circuits;

/// <summary>
/// The slug of a circuit: its name as a slug (<see cref="SlugText"/>), then the first eight hex digits of its id, so it is unique without
/// a lookup and never reads as a UUID (<c>Meu Circuito</c> → <c>meu-circuito-3f2a9c1b</c>).
/// </summary>
public static class CircuitSlug
{
    public const int MaxLength = 80;
    private const string Fallback = "circuit";

    public static string For(string name, Guid circuitId)
    {
        var stem = SlugText.From(name, MaxLength - 9);
        return $"{(stem.Length == 0 ? Fallback : stem)}-{circuitId.ToString("N")[..8]}";
    }
}
