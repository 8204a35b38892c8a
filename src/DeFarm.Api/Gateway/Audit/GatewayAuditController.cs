using DeFarm.Application.Audit;
using DeFarm.Application.Audit.Queries.ListAuditLog;
using DeFarm.Application.Audit.Queries.VerifyAuditChain;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Gateway.Audit;

/// <summary>The audit trail page (spa-contract §2.7 U1, U2): the caller's workspace chain, or every chain for admins.</summary>
[Route(GatewaySurface.ApiPrefix + "/audit")]
public sealed class GatewayAuditController(ISender sender) : GatewayControllerBase
{
    [HttpGet]
    public async Task<AuditLogList> List(
        [FromQuery] int limit = IAuditLogLimit.DefaultLimit, CancellationToken cancellationToken = default)
    {
        var logs = await sender.Send(new ListAuditLogQuery { Limit = limit }, cancellationToken);
        return new AuditLogList(logs, logs.Count);
    }

    /// <summary>Recomputes the newest <c>limit</c> entries' hashes and links.</summary>
    [HttpGet("verify")]
    public async Task<AuditChainVerification> Verify(
        [FromQuery] int limit = IAuditLogLimit.DefaultLimit, CancellationToken cancellationToken = default)
    {
        var check = await sender.Send(new VerifyAuditChainQuery { Limit = limit }, cancellationToken);
        return new AuditChainVerification(check.IsValid, check.EntriesChecked, check.Message);
    }

    public sealed record AuditLogList(IReadOnlyList<AuditLogEntryResponse> Logs, int Count);

    public sealed record AuditChainVerification(bool Valid, int LogsChecked, string Message);
}
