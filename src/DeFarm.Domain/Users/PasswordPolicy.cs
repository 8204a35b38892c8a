using System.Text;

namespace DeFarm.Domain.Users;

/// <summary>The password complexity rule of the original API, with its exact messages (engines-api.md §4.3).</summary>
public static class PasswordPolicy
{
    public const int MinimumLengthInBytes = 8;

    /// <summary>Returns the first rule the password breaks, or <c>null</c> when it is acceptable.</summary>
    public static string? FindViolation(string password)
    {
        // The original counts bytes, not characters: "ação" is 6 bytes long.
        if (Encoding.UTF8.GetByteCount(password) < MinimumLengthInBytes)
        {
            return "Password must be at least 8 characters long";
        }

        if (!password.Any(char.IsUpper))
        {
            return "Password must contain at least one uppercase letter";
        }

        if (!password.Any(char.IsLower))
        {
            return "Password must contain at least one lowercase letter";
        }

        if (!password.Any(char.IsAsciiDigit))
        {
            return "Password must contain at least one digit";
        }

        return password.Any(c => !char.IsLetterOrDigit(c))
            ? null
            : "Password must contain at least one special character";
    }
}
