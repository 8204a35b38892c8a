using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Auth;

/// <summary>The auth failures with their exact wire messages (engines-api.md §4.3).</summary>
public static class AuthErrors
{
    public static UnauthenticatedException InvalidCredentials() => new("invalid_credentials", "Invalid credentials");

    public static UnauthenticatedException NotAuthenticated() =>
        new("unauthenticated", "Authentication required. Use JWT token or API key.");

    /// <summary>An unknown, expired or ended session's refresh token; the front end then signs in again.</summary>
    public static UnauthenticatedException InvalidRefreshToken() =>
        new("invalid_refresh_token", "Invalid or expired refresh token. Sign in again.");

    public static NotFoundException UserNotFound() => new("user_not_found", "User not found");

    public static ConflictException UsernameTaken() => new("username_taken", "Username already exists");

    public static ConflictException EmailTaken() => new("email_taken", "Email already exists");

    public static TooManyRequestsException TooManyResetRequests() => new(
        "too_many_reset_requests", "Too many password reset requests. Please try again later.",
        PasswordResetToken.RequestLimitWindow);

    public static RequestValidationException InvalidResetToken() =>
        RequestValidationException.ForField("token", "Invalid password reset token");

    public static RequestValidationException ExpiredResetToken() =>
        RequestValidationException.ForField("token", "Invalid or expired password reset token");
}
