using System.Text.Json.Nodes;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.Storage;

/// <summary>
/// Where one stored version of an item lives (engines-api.md §1.6). On the wire and in the database it is an
/// externally tagged JSON object, e.g. <c>{"IPFS":{"cid":"bafk…","pinned":true}}</c>. Locations compare by value.
/// </summary>
public abstract record StorageLocation
{
    private const string InvalidCode = "invalid_storage_location";

    /// <summary>The externally tagged JSON form.</summary>
    public JsonObject ToJson() => new() { [Tag] = new JsonObject(Parts().Select(p => KeyValuePair.Create(p.Name, p.Value))) };

    /// <summary>
    /// The Rust <c>Debug</c> rendering the original puts in <c>GET /api/items/:dfid/storage-history</c>,
    /// e.g. <c>IPFS { cid: "bafk…", pinned: true }</c>.
    /// </summary>
    public string DebugText() =>
        $"{Tag} {{ {string.Join(", ", Parts().Select(p => $"{p.Name}: {DebugValue(p.Value, p.Optional)}"))} }}";

    /// <summary>Reads the tagged JSON form; anything else is a 400 <c>invalid_storage_location</c>.</summary>
    public static StorageLocation FromJson(JsonNode? json)
    {
        if (json is not JsonObject { Count: 1 } tagged || tagged.First().Value is not JsonObject fields)
        {
            throw Invalid("A storage location is an object with one tag, e.g. {\"IPFS\":{\"cid\":\"…\",\"pinned\":true}}");
        }

        return tagged.First().Key switch
        {
            LocalStorage.TagName => new LocalStorage(Text(fields, "id")),
            IpfsStorage.TagName => new IpfsStorage(Text(fields, "cid"), Flag(fields, "pinned")),
            StellarStorage.TagName => new StellarStorage(
                Text(fields, "transaction_id"), Text(fields, "contract_address"), OptionalText(fields, "asset_id")),
            EthereumStorage.TagName => new EthereumStorage(
                Text(fields, "transaction_hash"), Text(fields, "contract_address"), OptionalText(fields, "token_id")),
            ArweaveStorage.TagName => new ArweaveStorage(Text(fields, "transaction_id")),
            var tag => throw Invalid($"Unknown storage location type: {tag}"),
        };
    }

    protected abstract string Tag { get; }

    /// <summary>The fields in the original's order; optional ones are present with <c>null</c> when absent.</summary>
    protected abstract IEnumerable<(string Name, JsonNode? Value, bool Optional)> Parts();

    private static string DebugValue(JsonNode? value, bool optional) => value switch
    {
        null => "None",
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag ? "true" : "false",
        _ when optional => $"Some(\"{value.GetValue<string>()}\")",
        _ => $"\"{value.GetValue<string>()}\"",
    };

    private static string Text(JsonObject fields, string name) =>
        OptionalText(fields, name) ?? throw Invalid($"Storage location field '{name}' is required");

    private static string? OptionalText(JsonObject fields, string name) => fields[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) => text,
        _ => throw Invalid($"Storage location field '{name}' must be a non-empty string"),
    };

    private static bool Flag(JsonObject fields, string name) =>
        fields[name] is JsonValue value && value.TryGetValue<bool>(out var flag)
            ? flag
            : throw Invalid($"Storage location field '{name}' must be true or false");

    private static BusinessRuleException Invalid(string message) => new(InvalidCode, message);
}

/// <summary>Stored by DeFarm itself, in its content-addressed store, under <see cref="Id"/> (a CID).</summary>
public sealed record LocalStorage(string Id) : StorageLocation
{
    public const string TagName = "Local";

    protected override string Tag => TagName;

    protected override IEnumerable<(string Name, JsonNode? Value, bool Optional)> Parts() => [("id", Id, false)];
}

public sealed record IpfsStorage(string Cid, bool Pinned) : StorageLocation
{
    public const string TagName = "IPFS";

    protected override string Tag => TagName;

    protected override IEnumerable<(string Name, JsonNode? Value, bool Optional)> Parts() =>
        [("cid", Cid, false), ("pinned", Pinned, false)];
}

public sealed record StellarStorage(string TransactionId, string ContractAddress, string? AssetId) : StorageLocation
{
    public const string TagName = "Stellar";

    protected override string Tag => TagName;

    protected override IEnumerable<(string Name, JsonNode? Value, bool Optional)> Parts() =>
        [("transaction_id", TransactionId, false), ("contract_address", ContractAddress, false), ("asset_id", AssetId, true)];
}

public sealed record EthereumStorage(string TransactionHash, string ContractAddress, string? TokenId) : StorageLocation
{
    public const string TagName = "Ethereum";

    protected override string Tag => TagName;

    protected override IEnumerable<(string Name, JsonNode? Value, bool Optional)> Parts() =>
        [("transaction_hash", TransactionHash, false), ("contract_address", ContractAddress, false), ("token_id", TokenId, true)];
}

public sealed record ArweaveStorage(string TransactionId) : StorageLocation
{
    public const string TagName = "Arweave";

    protected override string Tag => TagName;

    protected override IEnumerable<(string Name, JsonNode? Value, bool Optional)> Parts() => [("transaction_id", TransactionId, false)];
}
