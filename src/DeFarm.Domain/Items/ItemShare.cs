using System.Globalization;
using System.Security.Cryptography;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Items;

/// <summary>
/// An item made visible to one more user (engines-api.md §1.2). A share lets the recipient see the item, never
/// change it; an item is shared at most once with each user. Only DFID items are shared: a local item stays inside
/// its workspace until it is pushed to a circuit.
/// </summary>
public sealed class ItemShare
{
    public const string IdPrefix = "SHARE-";

    /// <summary>What a share grants when the sharer names nothing.</summary>
    public static readonly IReadOnlyList<string> DefaultPermissions = ["read"];

    private ItemShare()
    {
    }

    private ItemShare(string dfid, string sharedBy, string recipientUserId, string[] permissions, DateTimeOffset now)
    {
        ShareId = NewShareId(now);
        Dfid = dfid;
        SharedBy = sharedBy;
        RecipientUserId = recipientUserId;
        SharedAt = now;
        Permissions = permissions;
        SourceEntry = Guid.NewGuid();
    }

    /// <summary><c>SHARE-&lt;yyyyMMddHHmmss&gt;-&lt;8 upper-case hex digits&gt;</c>.</summary>
    public string ShareId { get; private set; } = string.Empty;

    public string Dfid { get; private set; } = string.Empty;
    public string SharedBy { get; private set; } = string.Empty;
    public string RecipientUserId { get; private set; } = string.Empty;
    public DateTimeOffset SharedAt { get; private set; }
    public string[] Permissions { get; private set; } = [];
    public Guid SourceEntry { get; private set; }

    public static ItemShare Create(
        string dfid, string sharedBy, string recipientUserId, IEnumerable<string>? permissions, DateTimeOffset now)
    {
        if (dfid.StartsWith(Item.LocalPrefix, StringComparison.Ordinal))
        {
            throw new BusinessRuleException(
                "local_item_not_shareable", "A local item cannot be shared; push it to a circuit to share it");
        }

        if (recipientUserId == sharedBy)
        {
            throw new BusinessRuleException("share_with_self", "Cannot share an item with yourself");
        }

        var granted = (permissions ?? DefaultPermissions).Select(p => p.Trim()).Distinct().ToArray();
        return new ItemShare(dfid, sharedBy, recipientUserId, granted.Length == 0 ? [.. DefaultPermissions] : granted, now);
    }

    private static string NewShareId(DateTimeOffset now) =>
        $"{IdPrefix}{now.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}-"
        + Convert.ToHexString(RandomNumberGenerator.GetBytes(4));
}
