using DeFarm.Domain.Users;
using Riok.Mapperly.Abstractions;

namespace DeFarm.Application.Users.Queries.ListCreditHistory;

[Mapper]
internal static partial class CreditTransactionMapper
{
    [MapProperty(nameof(CreditTransaction.Id), nameof(CreditTransactionDto.TransactionId))]
    [MapProperty(nameof(CreditTransaction.Type), nameof(CreditTransactionDto.TransactionType))]
    [MapperIgnoreSource(nameof(CreditTransaction.UserId))]
    [MapperIgnoreSource(nameof(CreditTransaction.OperationType))]
    [MapperIgnoreSource(nameof(CreditTransaction.OperationId))]
    public static partial CreditTransactionDto ToDto(CreditTransaction transaction);
}
