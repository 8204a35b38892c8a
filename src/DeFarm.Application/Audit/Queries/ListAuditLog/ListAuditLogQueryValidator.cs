using FluentValidation;

namespace DeFarm.Application.Audit.Queries.ListAuditLog;

internal sealed class ListAuditLogQueryValidator : AbstractValidator<ListAuditLogQuery>
{
    public ListAuditLogQueryValidator() => this.ValidatesLimit();
}
