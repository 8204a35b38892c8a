using DeFarm.Domain.Users;

namespace DeFarm.Application.Common.Interfaces;

public sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>Issues the signed access tokens (JWT) that authenticate API calls.</summary>
public interface IAccessTokenService
{
    /// <param name="lifetime">How long the token lives; the configured default (24 hours) when omitted.</param>
    IssuedAccessToken Issue(UserAccount user, TimeSpan? lifetime = null);
}
