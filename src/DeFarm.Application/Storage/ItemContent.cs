using System.Text.Json;
using DeFarm.Application.Items;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;

namespace DeFarm.Application.Storage;

/// <summary>
/// What gets stored for an item version: the item in its engines wire shape (<see cref="ItemResponse"/>,
/// snake_case) as <see cref="CanonicalJson"/>, so an unchanged item always produces the same bytes and CID.
/// </summary>
internal static class ItemContent
{
    private static readonly JsonSerializerOptions WireShape = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static byte[] CanonicalBytes(Item item) =>
        CanonicalJson.SerializeToUtf8Bytes(JsonSerializer.SerializeToNode(ItemResponse.From(item), WireShape));
}
