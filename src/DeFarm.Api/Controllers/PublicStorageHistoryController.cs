using DeFarm.Application.Storage;
using DeFarm.Application.Storage.Queries.GetPublicStorageHistory;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>The public storage history of items published in a public circuit (engines-api.md §4.1, §4.7).</summary>
[ApiController]
[AllowAnonymous]
[Route("api/public/storage-history")]
public sealed class PublicStorageHistoryController(ISender sender) : ControllerBase
{
    [HttpGet("{dfid}")]
    public async Task<StorageHistoryResponse> Get(string dfid, CancellationToken cancellationToken) =>
        await sender.Send(new GetPublicStorageHistoryQuery(dfid), cancellationToken);
}
