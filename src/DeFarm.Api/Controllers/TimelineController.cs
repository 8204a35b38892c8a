using DeFarm.Application.Storage.Queries.GetIndexingProgress;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

[ApiController]
[Route("api/timeline")]
public sealed class TimelineController(ISender sender) : ControllerBase
{
    /// <summary>How far the blockchain listener indexed <c>stellar-testnet</c> or <c>stellar-mainnet</c>.</summary>
    [HttpGet("indexing-progress/{network}")]
    public async Task<IndexingProgressResponse> IndexingProgress(string network, CancellationToken cancellationToken) =>
        await sender.Send(new GetIndexingProgressQuery(network), cancellationToken);
}
