using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Api.IntegrationTests.Items;
using DeFarm.Domain.Common;
using DeFarm.Domain.Storage;

namespace DeFarm.Api.IntegrationTests.Storage;

/// <summary>Requests of the storage-history tests, each made as a given user through <see cref="HttpClient"/>s.</summary>
public abstract class StorageTestBase : ItemWorkflowTestBase
{
    protected const string HistoryPath = "/api/storage-history";

    protected static Task<HttpResponseMessage> MigrateAsync(
        HttpClient client, string dfid, string? adapterType = "ipfs-ipfs") =>
        client.PostAsJsonAsync($"{HistoryPath}/{dfid}/migrate", new { target_adapter_type = adapterType });

    protected static async Task<HttpResponseMessage> MigrateAsync(RegisteredUser user, string dfid, string? adapterType = "ipfs-ipfs")
    {
        using var client = ClientWithToken(user.Token);
        return await MigrateAsync(client, dfid, adapterType);
    }

    /// <summary>Migrates to <c>ipfs-ipfs</c>, asserting 200, and returns the new record.</summary>
    protected static async Task<JsonElement> MigrateOkAsync(RegisteredUser user, string dfid) =>
        (await (await MigrateAsync(user, dfid)).ShouldBeOkAsync()).GetProperty("record");

    /// <summary>
    /// The CID of the item as the API returns it now, written as canonical JSON: what storing it must produce.
    /// </summary>
    protected static async Task<string> ExpectedCidAsync(RegisteredUser user, string dfid) =>
        ContentId.Compute(Encoding.UTF8.GetBytes(CanonicalJson.Serialize(JsonNode.Parse((await GetItemAsync(user, dfid)).GetRawText()))));
}
