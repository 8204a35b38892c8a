namespace DeFarm.Domain.Users;

/// <summary>Why a sign-in session ended before it expired.</summary>
public enum SessionEndReason
{
    SignedOut,

    /// <summary>A refresh token was used again after it had been exchanged: the whole family is revoked.</summary>
    TokenReused,
}
