using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Common;
using DeFarm.Domain.Storage;

namespace DeFarm.Application.Storage;

public static class StorageErrors
{
    public static NotFoundException NoHistory() =>
        new("storage_history_not_found", "No storage history found for this DFID");

    /// <summary>Also what anonymous callers get for an item that exists but is not published.</summary>
    public static NotFoundException NotPublic() =>
        new("item_not_public", "Item not found in any public circuit");

    public static BusinessRuleException AdapterNotAvailable(AdapterType adapterType) =>
        new("adapter_not_available", $"Adapter not available: {adapterType.Name}");

    public static BusinessRuleException NothingToStore() => new(
        "no_storage_adapter", "Adapter type 'none' means no external storage; choose a storage adapter");

    /// <summary>Unknown CIDs, CIDs of items the caller may not see, and content kept only on an IPFS node.</summary>
    public static NotFoundException ContentNotFound() =>
        new("content_not_found", "No content DeFarm holds under this CID for an item you can see");

    public static NotFoundException TimelineEntryNotFound() =>
        new("timeline_entry_not_found", "Timeline entry not found");

    public static RequestValidationException UnknownNetwork(string network) => RequestValidationException.ForField(
        "network", $"Invalid network '{network}': expected {string.Join(" or ", StorageNetworks.Indexed)}");

    public static NotFoundException IndexingProgressNotFound(string network) =>
        new("indexing_progress_not_found", $"No indexing progress recorded for {network}");
}
