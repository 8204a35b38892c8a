using System.Text.Json.Nodes;
using DeFarm.Application.Auth;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using Mediator;

namespace DeFarm.Application.Storage.Queries.GetStoredContent;

/// <summary>
/// <c>GET /api/storage/content/:cid</c>: an item version DeFarm stored under its CID, fetched from its own
/// content-addressed store and verified by recomputing the CID, for a caller who may see an item that was
/// stored under it. An auditor gets the bytes' verdict, not just the bytes.
/// </summary>
public sealed record GetStoredContentQuery(string Cid) : IQuery<StoredContentResponse>;

/// <param name="Verified">Whether the stored bytes still hash to <see cref="Cid"/>.</param>
public sealed record StoredContentResponse(string Cid, string Dfid, bool Verified, int SizeBytes, JsonNode? Content);

internal sealed class GetStoredContentQueryHandler(
    ICurrentUser currentUser,
    IItemQueries items,
    ICidTimelineRepository timeline,
    IContentStore contents) : IQueryHandler<GetStoredContentQuery, StoredContentResponse>
{
    public async ValueTask<StoredContentResponse> Handle(GetStoredContentQuery query, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId ?? throw AuthErrors.NotAuthenticated();
        var dfid = await FirstVisibleDfidAsync(userId, query.Cid, cancellationToken) ?? throw StorageErrors.ContentNotFound();
        var bytes = await contents.GetAsync(query.Cid, cancellationToken) ?? throw StorageErrors.ContentNotFound();
        var verified = ContentId.Matches(query.Cid, bytes);
        // Unverified bytes are shown as they are, not parsed: they may not even be JSON any more.
        var content = verified ? JsonNode.Parse(bytes) : JsonValue.Create(Convert.ToBase64String(bytes));
        return new StoredContentResponse(query.Cid, dfid, verified, bytes.Length, content);
    }

    private async Task<string?> FirstVisibleDfidAsync(string userId, string cid, CancellationToken cancellationToken)
    {
        foreach (var dfid in await timeline.ListDfidsWithCidAsync(cid, cancellationToken))
        {
            if (await items.GetVisibleAsync(userId, dfid, cancellationToken) is not null)
            {
                return dfid;
            }
        }

        return null;
    }
}
