namespace DeFarm.Application.Common.Interfaces;

/// <summary>The authenticated caller of this request, taken from its credentials, never from the body.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    /// <summary>The raw bearer token of the request, needed to revoke it at logout.</summary>
    string? AccessToken { get; }

    /// <summary>When the presented access token expires.</summary>
    DateTimeOffset? AccessTokenExpiresAt { get; }

    string? IpAddress { get; }

    string? UserAgent { get; }
}
