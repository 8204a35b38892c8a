namespace DeFarm.Application.Auth;

internal static class EmailAddress
{
    /// <summary>Emails are compared case-insensitively, so they are stored trimmed and lower-cased.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
