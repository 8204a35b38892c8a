using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Users;
using Mediator;

namespace DeFarm.Application.Admin.Queries.ListUsers;

/// <summary>Every account not deleted, newest first (admins only).</summary>
public sealed record ListUsersQuery : IQuery<IReadOnlyList<AdminUserResponse>>
{
    public const int DefaultLimit = 1000;
    public const int MaxLimit = 1000;

    public int Limit { get; init; } = DefaultLimit;
    public int Offset { get; init; }
}

internal sealed class ListUsersQueryHandler(ICurrentUser currentUser, IUserRepository users, IUserQueries queries)
    : IQueryHandler<ListUsersQuery, IReadOnlyList<AdminUserResponse>>
{
    public async ValueTask<IReadOnlyList<AdminUserResponse>> Handle(ListUsersQuery query, CancellationToken cancellationToken)
    {
        await CurrentAccount.LoadAdminAsync(currentUser, users, cancellationToken);
        var page = await queries.ListAsync(query.Limit, query.Offset, cancellationToken);
        return page.Select(AdminUserResponse.From).ToList();
    }
}
