using DeFarm.Domain.Users;

namespace DeFarm.Application.Common.Interfaces;

public sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt);

/// <summary>Issues the signed access tokens (JWT) that authenticate API calls.</summary>
public interface IAccessTokenService
{
    IssuedAccessToken Issue(UserAccount user);
}
