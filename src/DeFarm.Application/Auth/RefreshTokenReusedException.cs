using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Common;

namespace DeFarm.Application.Auth;

/// <summary>
/// HTTP 401: a refresh token was presented again after it had been exchanged, so a copy is in someone else's
/// hands. The session it belongs to is ended, and that is committed although the request fails.
/// </summary>
public sealed class RefreshTokenReusedException()
    : DeFarmException(
        "refresh_token_reused", "This refresh token was already used; the session has been ended. Sign in again."),
      ICommitDespiteFailure;
