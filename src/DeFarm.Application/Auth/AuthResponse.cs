using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Auth;

/// <summary>What login, register and refresh answer: the token and who it is for.</summary>
public sealed record AuthResponse(string Token, string UserId, string? WorkspaceId, long ExpiresAt)
{
    internal static AuthResponse For(UserAccount user, IssuedAccessToken token) =>
        new(token.Token, user.Id, user.WorkspaceId, UnixTime.Seconds(token.ExpiresAt));
}
