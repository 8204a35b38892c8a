namespace DeFarm.Application.Common.Settings;

/// <param name="RateLimitPerHour">Reset requests a user may make per hour (PASSWORD_RESET_RATE_LIMIT_PER_HOUR).</param>
/// <param name="FrontendUrl">Base of the link mailed to the user (FRONTEND_URL).</param>
public sealed record PasswordResetSettings(int RateLimitPerHour, string FrontendUrl);
