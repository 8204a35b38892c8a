using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Auth.Queries.ListSessions;

/// <summary>
/// The caller's sign-in sessions, most recently active first (at most <see cref="MaxSessions"/>); ended and
/// expired ones are listed as inactive until the hourly clean-up removes them.
/// </summary>
public sealed record ListSessionsQuery : IQuery<IReadOnlyList<SessionSummary>>
{
    public const int MaxSessions = 100;
}

public sealed record SessionSummary(
    Guid Id,
    string? UserAgent,
    string? IpAddress,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastActivityAt,
    DateTimeOffset ExpiresAt,
    bool IsActive);

internal sealed class ListSessionsQueryHandler(
    ICurrentUser currentUser, IUserRepository users, ISignInSessionRepository sessions, TimeProvider clock)
    : IQueryHandler<ListSessionsQuery, IReadOnlyList<SessionSummary>>
{
    public async ValueTask<IReadOnlyList<SessionSummary>> Handle(ListSessionsQuery query, CancellationToken cancellationToken)
    {
        var caller = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var now = clock.GetUtcNow();
        var list = await sessions.ListOfUserAsync(caller.Id, ListSessionsQuery.MaxSessions, cancellationToken);
        return list.Select(s => new SessionSummary(
            s.Id, s.UserAgent, s.IpAddress, s.CreatedAt, s.LastActivityAt, s.ExpiresAt, s.IsActiveAt(now))).ToList();
    }
}
