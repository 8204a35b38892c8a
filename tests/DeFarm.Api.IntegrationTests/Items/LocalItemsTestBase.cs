using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Items;

/// <summary>Requests and arrangements the local-item tests share; each test signs in its own users.</summary>
public abstract class LocalItemsTestBase : ApiTestBase
{
    protected const string LocalPath = "/api/items/local";
    protected const string MergePath = "/api/items/local/merge";
    protected const string DuplicatesPath = "/api/items/local/duplicates";
    protected const string OrganizePath = "/api/items/local/organize";
    protected const string UnmergePath = "/api/items/local/unmerge";

    private readonly List<HttpClient> _clients = [];

    [TearDown]
    public void DisposeClients() => _clients.ForEach(client => client.Dispose());

    protected static string MappingPath(string localId) => $"/api/items/mapping/{localId}";

    /// <summary>A client signed in as a freshly registered user (with their own workspace).</summary>
    protected async Task<HttpClient> SignInAsync()
    {
        var user = await RegisterAsync();
        var client = ClientWithToken(user.Token);
        _clients.Add(client);
        return client;
    }

    /// <summary>A canonical SISBOV identifier in the <c>bovino</c> namespace; <paramref name="digits"/> has 12 digits.</summary>
    protected static object Sisbov(string digits) =>
        new { @namespace = "bovino", key = "sisbov", value = $"BR{digits}", id_type = "Canonical" };

    protected static object Lot(string value) => new { @namespace = "bovino", key = "lote", value };

    /// <summary>Creates a local item, asserting success, and returns its LID.</summary>
    protected static async Task<string> CreateLocalAsync(
        HttpClient client, string enrichedData = "{}", params object[] identifiers)
    {
        var response = await client.PostAsJsonAsync(
            LocalPath, new { identifiers, enriched_data = JsonNode.Parse(enrichedData) });
        var body = await response.ShouldSucceedAsync();
        return body.GetProperty("data").GetProperty("local_id").GetString()!;
    }

    protected static async Task<Item> LoadItemAsync(string localId)
    {
        Item? item = null;
        await WithDatabaseAsync(async db => item = await db.Items.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Dfid == Item.LocalPrefix + localId));
        return item.ShouldNotBeNull();
    }

    protected static async Task<int> CountItemsAsync()
    {
        var count = 0;
        await WithDatabaseAsync(async db => count = await db.Items.CountAsync());
        return count;
    }

    /// <summary>Records that the LID was tokenized, as the push-local command will, through the application service.</summary>
    protected static async Task MapToDfidAsync(string localId, Dfid dfid)
    {
        await using var scope = Api.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LidDfidMapper>().MapAsync(Guid.Parse(localId), dfid, CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().CommitAsync(CancellationToken.None);
    }
}

public static class LocalItemsAssertions
{
    /// <summary>200 with the local-item envelope <c>{"success": true, …}</c>.</summary>
    public static async Task<JsonElement> ShouldSucceedAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        var body = await response.ReadJsonAsync();
        body.GetProperty("success").GetBoolean().ShouldBeTrue();
        return body;
    }
}
