using DeFarm.Application.Storage.Queries.GetStoredContent;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

[ApiController]
[Route("api/storage/content")]
public sealed class StoredContentController(ISender sender) : ControllerBase
{
    /// <summary>An item version stored under <paramref name="cid"/>, with whether its bytes still match the CID.</summary>
    [HttpGet("{cid}")]
    public async Task<StoredContentResponse> Get(string cid, CancellationToken cancellationToken) =>
        await sender.Send(new GetStoredContentQuery(cid), cancellationToken);
}
