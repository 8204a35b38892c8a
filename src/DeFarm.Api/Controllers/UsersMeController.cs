using DeFarm.Application.Users.Queries.GetCreditBalance;
using DeFarm.Application.Users.Queries.GetCreditCosts;
using DeFarm.Application.Users.Queries.GetMyAccount;
using DeFarm.Application.Users.Queries.ListCreditHistory;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>The caller's account and credits (engines-api.md §4.9), at the root and under <c>/api</c>.</summary>
[ApiController]
[Route("users/me")]
[Route("api/users/me")]
public sealed class UsersMeController(ISender sender) : ControllerBase
{
    [HttpGet("profile")]
    public async Task<MyAccountDto> Profile(CancellationToken cancellationToken) =>
        await sender.Send(new GetMyAccountQuery(), cancellationToken);

    [HttpGet("credits/balance")]
    public async Task<CreditBalanceDto> CreditBalance(CancellationToken cancellationToken) =>
        await sender.Send(new GetCreditBalanceQuery(), cancellationToken);

    [HttpGet("credits/history")]
    public async Task<CreditHistoryDto> CreditHistory([FromQuery] int limit = 50, CancellationToken cancellationToken = default) =>
        await sender.Send(new ListCreditHistoryQuery { Limit = limit }, cancellationToken);

    [HttpGet("credits/costs")]
    public async Task<CreditCostsDto> CreditCosts(CancellationToken cancellationToken) =>
        await sender.Send(new GetCreditCostsQuery(), cancellationToken);
}
