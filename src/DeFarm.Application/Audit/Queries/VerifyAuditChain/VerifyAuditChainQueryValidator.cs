using FluentValidation;

namespace DeFarm.Application.Audit.Queries.VerifyAuditChain;

internal sealed class VerifyAuditChainQueryValidator : AbstractValidator<VerifyAuditChainQuery>
{
    public VerifyAuditChainQueryValidator() => this.ValidatesLimit();
}
