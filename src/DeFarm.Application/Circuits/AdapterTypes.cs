using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Circuits;

internal static class AdapterTypes
{
    /// <summary>
    /// The adapter named by a request (<c>null</c> for none given), when the caller's tier may configure it:
    /// 400 for an unknown name, 403 for one the tier does not include (engines-api.md §3.7).
    /// </summary>
    public static CircuitAdapterType? ParseAvailableTo(string? text, UserTier tier)
    {
        if (text is null)
        {
            return null;
        }

        if (!CircuitAdapterType.TryParse(text, out var adapterType))
        {
            throw RequestValidationException.ForField("adapter_type", $"Invalid adapter type: {text}");
        }

        return adapterType.IsAvailableTo(tier) ? adapterType : throw CircuitErrors.AdapterNotAvailable(adapterType.Name);
    }
}
