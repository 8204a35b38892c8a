using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Items;

/// <summary>
/// HTTP 400: the item was not created but kept as a pending item (engines-api.md §3.1). The reason is spelled as
/// the original's Debug text (<c>ConflictingDFIDs</c>), as the pending-item routes answer it.
/// </summary>
public sealed class ItemPendingReviewException(PendingItem pending)
    : DeFarmException(
        "item_pending_review",
        "Failed to create item: Validation error: Item stored as pending: "
        + $"{PendingItemResponse.ReasonText(pending.Reason)}: {pending.ReasonDetails}"),
      ICommitDespiteFailure
{
    public Guid PendingItemId { get; } = pending.Id;
}
