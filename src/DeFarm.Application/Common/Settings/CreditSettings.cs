namespace DeFarm.Application.Common.Settings;

/// <param name="Charge">
/// Whether operations consume credits at the tier's price (<c>Credits:Charge</c>, off by default: decision 19).
/// </param>
public sealed record CreditSettings(bool Charge);
