namespace DeFarm.Application.Common.Settings;

/// <param name="Enabled">Seed the demo users when the user table is empty (Seed:DemoUsers).</param>
/// <param name="Password">The password every demo user gets (Seed:DemoPassword).</param>
public sealed record DemoSeedSettings(bool Enabled, string Password);
