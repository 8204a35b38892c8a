using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Auth.Queries.GetProfile;

public sealed record GetProfileQuery : IQuery<ProfileDto>;

/// <param name="CreatedAt">Unix seconds.</param>
public sealed record ProfileDto(string UserId, string Username, string Email, long CreatedAt, string? WorkspaceId);

internal sealed class GetProfileQueryHandler(ICurrentUser currentUser, IUserRepository users)
    : IQueryHandler<GetProfileQuery, ProfileDto>
{
    public async ValueTask<ProfileDto> Handle(GetProfileQuery query, CancellationToken cancellationToken)
    {
        var user = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        return new ProfileDto(user.Id, user.Username, user.Email, UnixTime.Seconds(user.CreatedAt), user.WorkspaceId);
    }
}
