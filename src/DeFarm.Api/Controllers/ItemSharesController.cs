using DeFarm.Application.Items.Commands.ShareItem;
using DeFarm.Application.Items.Queries.GetItemShareStatus;
using DeFarm.Application.Items.Queries.ListItemsSharedTo;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>Item shares (engines-api.md §4.4): an item shared with a user becomes visible to them, read only.</summary>
[ApiController]
[Route("api/items")]
public sealed class ItemSharesController(ISender sender) : ControllerBase
{
    /// <summary>Shares the item with another user; sharing again answers the existing share. Creator or admin only.</summary>
    [HttpPost("{dfid}/share")]
    public async Task<ShareItemResponse> Share(string dfid, ShareItemRequest request, CancellationToken cancellationToken) =>
        await sender.Send(
            new ShareItemCommand
            {
                Dfid = dfid, RecipientUserId = request.RecipientUserId ?? string.Empty, Permissions = request.Permissions,
            },
            cancellationToken);

    [HttpGet("{dfid}/shared-with/{user_id}")]
    public async Task<ItemShareStatusResponse> SharedWith(
        string dfid, [FromRoute(Name = "user_id")] string userId, CancellationToken cancellationToken) =>
        await sender.Send(new GetItemShareStatusQuery(dfid, userId), cancellationToken);

    /// <summary>The items shared with a user, newest share first; only that user or an admin may ask.</summary>
    [HttpGet("shared-to/{user_id}")]
    public async Task<IReadOnlyList<SharedItemResponse>> SharedTo(
        [FromRoute(Name = "user_id")] string userId,
        [FromQuery] int limit = ListItemsSharedToQuery.DefaultLimit,
        [FromQuery] int offset = 0,
        CancellationToken cancellationToken = default) =>
        await sender.Send(
            new ListItemsSharedToQuery { UserId = userId, Limit = limit, Offset = offset }, cancellationToken);

    public sealed record ShareItemRequest(string? RecipientUserId, IReadOnlyList<string>? Permissions);
}
