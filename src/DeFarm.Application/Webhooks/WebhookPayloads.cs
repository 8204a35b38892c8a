using System.Globalization;
using System.Text.Json.Nodes;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Items;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Webhooks;

/// <summary>
/// The bodies webhooks receive (engines-api.md §3.12), as compact JSON fixed when the delivery is written.
/// <c>include_item_metadata</c> adds the item's LID and identifiers; <c>include_storage_details</c> adds where
/// the push stored the item version (when it stored one). Times are RFC 3339.
/// </summary>
internal static class WebhookPayloads
{
    public static string ForPush(
        WebhookTrigger trigger, Circuit circuit, CircuitOperation operation, Item item, StorageRecord? storage,
        PostActionSettings settings, DateTimeOffset now)
    {
        var itemJson = new JsonObject { ["dfid"] = item.Dfid };
        if (settings.IncludeItemMetadata)
        {
            itemJson["local_id"] = item.LocalId?.ToString();
            itemJson["identifiers"] = new JsonArray(item.Identifiers
                .Select(i => (JsonNode)new JsonObject { ["key"] = i.Key, ["value"] = i.Value }).ToArray());
        }

        itemJson["pushed_by"] = operation.RequesterId;
        var payload = Envelope(WebhookWireNames.Of(trigger), circuit, now);
        payload["item"] = itemJson;
        if (settings.IncludeStorageDetails && storage is not null)
        {
            payload["storage"] = StorageDetails(storage);
        }

        payload["operation_id"] = operation.OperationId.ToString();
        payload["status"] = "completed";
        return payload.ToJsonString();
    }

    /// <summary>What the test route sends: the envelope of every payload, and which webhook it tests.</summary>
    public static string ForTest(Circuit circuit, Webhook webhook, DateTimeOffset now)
    {
        var payload = Envelope(WebhookWireNames.TestEvent, circuit, now);
        payload["webhook_id"] = webhook.Id.ToString();
        payload["message"] = $"Test delivery for webhook '{webhook.Name}'";
        return payload.ToJsonString();
    }

    private static JsonObject Envelope(string eventType, Circuit circuit, DateTimeOffset now) => new()
    {
        ["event_type"] = eventType,
        ["circuit_id"] = circuit.Id.ToString(),
        ["circuit_name"] = circuit.Name,
        ["timestamp"] = Rfc3339(now),
    };

    /// <summary>
    /// The adapter as the original's Debug name (<c>IpfsIpfs</c>), the location as its Debug text, and as
    /// <c>hash</c> the CID or, on a chain, the transaction id.
    /// </summary>
    private static JsonObject StorageDetails(StorageRecord record)
    {
        var cid = record.Location switch
        {
            IpfsStorage ipfs => ipfs.Cid,
            LocalStorage local => local.Id,
            _ => null,
        };
        var transaction = record.Location switch
        {
            StellarStorage stellar => stellar.TransactionId,
            EthereumStorage ethereum => ethereum.TransactionHash,
            ArweaveStorage arweave => arweave.TransactionId,
            _ => null,
        };
        return new JsonObject
        {
            ["adapter_type"] = record.AdapterType.Kind == AdapterKind.Custom ? record.AdapterType.Name : record.AdapterType.Kind.ToString(),
            ["location"] = record.Location.DebugText(),
            ["hash"] = cid ?? transaction,
            ["cid"] = cid,
            ["metadata"] = new JsonObject { ["stored_at"] = Rfc3339(record.StoredAt) },
        };
    }

    private static string Rfc3339(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
}
