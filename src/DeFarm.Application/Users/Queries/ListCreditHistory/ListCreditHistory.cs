using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Users.Queries.ListCreditHistory;

public sealed record ListCreditHistoryQuery : IQuery<CreditHistoryDto>
{
    public int Limit { get; init; } = 50;
}

public sealed record CreditHistoryDto(IReadOnlyList<CreditTransactionDto> Transactions, long TotalCredits);

public sealed record CreditTransactionDto
{
    public Guid TransactionId { get; init; }
    public long Amount { get; init; }
    public CreditTransactionType TransactionType { get; init; }
    public string Description { get; init; } = string.Empty;
    public DateTimeOffset Timestamp { get; init; }
    public long BalanceAfter { get; init; }
}

internal sealed class ListCreditHistoryQueryHandler(
    ICurrentUser currentUser,
    IUserRepository users,
    ICreditTransactionRepository creditTransactions) : IQueryHandler<ListCreditHistoryQuery, CreditHistoryDto>
{
    public async ValueTask<CreditHistoryDto> Handle(ListCreditHistoryQuery query, CancellationToken cancellationToken)
    {
        var user = await CurrentAccount.LoadAsync(currentUser, users, cancellationToken);
        var transactions = await creditTransactions.ListRecentAsync(user.Id, query.Limit, cancellationToken);
        return new CreditHistoryDto(transactions.Select(CreditTransactionMapper.ToDto).ToList(), user.Credits);
    }
}
