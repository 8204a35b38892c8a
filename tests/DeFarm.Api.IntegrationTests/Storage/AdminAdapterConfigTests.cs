using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Api.IntegrationTests.Items;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Storage;

public sealed class AdminAdapterConfigTests : ItemWorkflowTestBase
{
    private const string AdaptersPath = "/api/admin/adapters";

    [Test]
    public async Task ShouldCreateAConfigurationWithoutEverReturningItsSecrets()
    {
        var admin = await AdminAsync();

        var response = await PostAsync(admin, AdaptersPath, Body("Pinata", apiKey: "key-ZZ9", secretKey: "pw-ZZ9"));

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain("ZZ9");
        var adapter = (await response.ReadJsonAsync()).GetProperty("adapter");
        response.Headers.Location!.ToString().ShouldBe($"{AdaptersPath}/{adapter.GetProperty("config_id").GetString()}");
        adapter.GetProperty("name").GetString().ShouldBe("Pinata");
        adapter.GetProperty("adapter_type").GetString().ShouldBe("ipfs-ipfs");
        adapter.GetProperty("is_active").GetBoolean().ShouldBeTrue();
        adapter.GetProperty("is_default").GetBoolean().ShouldBeFalse();
        adapter.GetProperty("created_by").GetString().ShouldBe(admin.UserId);
        adapter.GetProperty("test_status").GetString().ShouldBe("NotTested");
        var connection = adapter.GetProperty("connection_details");
        connection.GetProperty("endpoint").GetString().ShouldBe("https://api.pinata.cloud");
        connection.GetProperty("timeout_ms").GetInt32().ShouldBe(60000);
        connection.GetProperty("retry_attempts").GetInt32().ShouldBe(3);
        connection.GetProperty("has_api_key").GetBoolean().ShouldBeTrue();
        connection.GetProperty("has_secret_key").GetBoolean().ShouldBeTrue();
        connection.GetProperty("custom_headers").GetProperty("X-Owner").GetString().ShouldBe("********");
        connection.TryGetProperty("api_key", out _).ShouldBeFalse();
        var listed = await (await GetAsync(admin, AdaptersPath)).ShouldBeOkAsync();
        listed.GetProperty("count").GetInt32().ShouldBe(1);
        (await (await GetAsync(admin, AdaptersPath)).Content.ReadAsStringAsync()).ShouldNotContain("ZZ9");
    }

    [Test]
    public async Task ShouldKeepStoredSecretsWhenAnUpdateLeavesThemOut()
    {
        var admin = await AdminAsync();
        var id = await CreateAsync(admin, Body("Pinata", apiKey: "key-1", secretKey: "secret-1"));

        var updated = await (await PutAsync(admin, $"{AdaptersPath}/{id}", new
        {
            name = "Pinata EU", adapter_type = "IpfsIpfs", is_active = false,
            connection_details = new { endpoint = "https://eu.pinata.cloud", api_key = "key-2" },
        })).ShouldBeOkAsync();

        var adapter = updated.GetProperty("adapter");
        adapter.GetProperty("name").GetString().ShouldBe("Pinata EU");
        adapter.GetProperty("is_active").GetBoolean().ShouldBeFalse();
        adapter.GetProperty("connection_details").GetProperty("endpoint").GetString().ShouldBe("https://eu.pinata.cloud");
        var stored = await StoredConnectionAsync(id);
        stored.GetProperty("api_key").GetString().ShouldBe("key-2");
        stored.GetProperty("secret_key").GetString().ShouldBe("secret-1");
        stored.GetProperty("custom_headers").GetProperty("X-Owner").GetString().ShouldBe("GOWNER");
    }

    [Test]
    public async Task ShouldMoveTheDefaultOfATypeFromOneConfigurationToAnother()
    {
        var admin = await AdminAsync();
        var first = await CreateAsync(admin, Body("first"));
        var second = await CreateAsync(admin, Body("second"));
        await (await PostAsync(admin, $"{AdaptersPath}/{first}/set-default", new { })).ShouldBeOkAsync();

        var body = await (await PostAsync(admin, $"{AdaptersPath}/{second}/set-default", new { })).ShouldBeOkAsync();

        body.GetProperty("adapter").GetProperty("is_default").GetBoolean().ShouldBeTrue();
        var listed = (await (await GetAsync(admin, AdaptersPath)).ShouldBeOkAsync()).GetProperty("adapters").EnumerateArray()
            .Select(a => (a.GetProperty("name").GetString(), a.GetProperty("is_default").GetBoolean())).ToList();
        listed.ShouldBe([("first", false), ("second", true)]);
        (await (await GetAsync(admin, $"{AdaptersPath}/{second}")).ShouldBeOkAsync())
            .GetProperty("adapter").GetProperty("is_default").GetBoolean().ShouldBeTrue();
    }

    [Test]
    public async Task ShouldDeleteAConfiguration()
    {
        var admin = await AdminAsync();
        var id = await CreateAsync(admin, Body("Pinata"));

        var deleted = await DeleteAsync(admin, $"{AdaptersPath}/{id}");

        (await deleted.ShouldBeOkAsync()).GetProperty("message").GetString().ShouldBe("Adapter configuration deleted");
        await (await GetAsync(admin, $"{AdaptersPath}/{id}"))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "adapter_config_not_found", "Adapter configuration not found");
        await (await DeleteAsync(admin, $"{AdaptersPath}/{id}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "adapter_config_not_found");
    }

    [Test]
    public async Task ShouldRefuseAdaptersThatAreNotBuiltOrUnknown()
    {
        var admin = await AdminAsync();

        await (await PostAsync(admin, AdaptersPath, Body("Stellar", adapterType: "stellar_testnet-ipfs")))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "adapter_not_available", "Adapter not available: stellar_testnet-ipfs");
        await (await PostAsync(admin, AdaptersPath, Body("Mainnet", adapterType: "StellarMainnetIpfs")))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "adapter_not_available", "Adapter not available: stellar_mainnet-ipfs");
        await (await PostAsync(admin, AdaptersPath, Body("Tape", adapterType: "tape")))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "unknown_adapter_type", "Unknown adapter type: tape");
        await (await PostAsync(admin, AdaptersPath, Body("Nothing", adapterType: "none")))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "no_storage_adapter");
        (await (await GetAsync(admin, AdaptersPath)).ShouldBeOkAsync()).GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task ShouldValidateTheShapeOfAConfiguration()
    {
        var admin = await AdminAsync();

        await (await PostAsync(admin, AdaptersPath, Body("Pinata", endpoint: "ftp://files")))
            .ShouldBeValidationErrorAsync("connection_details.endpoint", "connection_details.endpoint must be an http or https URL");
        await (await PostAsync(admin, AdaptersPath, new { name = "x", adapter_type = "ipfs-ipfs" }))
            .ShouldBeValidationErrorAsync("connection_details", "connection_details is required");
        await (await PostAsync(admin, AdaptersPath, new
            {
                name = "x", adapter_type = "ipfs-ipfs", connection_details = new { endpoint = "http://a", auth_type = "Magic" },
            }))
            .ShouldBeValidationErrorAsync(
                "connection_details.auth_type",
                "connection_details.auth_type must be one of None, ApiKey, Bearer, BasicAuth, OAuth2 or Custom(<scheme>)");
        await (await PostAsync(admin, AdaptersPath, Body("")))
            .ShouldBeValidationErrorAsync("name", "name is required");
    }

    [Test]
    public async Task ShouldRefuseASecondConfigurationWithTheSameName()
    {
        var admin = await AdminAsync();
        await CreateAsync(admin, Body("Pinata"));

        await (await PostAsync(admin, AdaptersPath, Body("Pinata"))).ShouldBeErrorAsync(
            HttpStatusCode.Conflict, "adapter_config_name_taken", "An adapter configuration with this name already exists");
    }

    [Test]
    public async Task ShouldAnswerUnknownOrMalformedIds()
    {
        var admin = await AdminAsync();

        await (await GetAsync(admin, $"{AdaptersPath}/{Guid.NewGuid()}")).ShouldBeErrorAsync(HttpStatusCode.NotFound, "adapter_config_not_found");
        await (await PostAsync(admin, $"{AdaptersPath}/{Guid.NewGuid()}/set-default", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "adapter_config_not_found");
        await (await PutAsync(admin, $"{AdaptersPath}/{Guid.NewGuid()}", Body("x"))).ShouldBeErrorAsync(HttpStatusCode.NotFound, "adapter_config_not_found");
        await (await GetAsync(admin, $"{AdaptersPath}/not-a-uuid")).ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldRefuseEveryRouteToUsersWhoAreNotAdmins()
    {
        var admin = await AdminAsync();
        var id = await CreateAsync(admin, Body("Pinata"));
        var farmer = await RegisterAsync();

        var responses = new[]
        {
            await GetAsync(farmer, AdaptersPath),
            await PostAsync(farmer, AdaptersPath, Body("Mine")),
            await GetAsync(farmer, $"{AdaptersPath}/{id}"),
            await PutAsync(farmer, $"{AdaptersPath}/{id}", Body("Mine")),
            await DeleteAsync(farmer, $"{AdaptersPath}/{id}"),
            await PostAsync(farmer, $"{AdaptersPath}/{id}/set-default", new { }),
        };

        foreach (var response in responses)
        {
            await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "admin_required", "Admin privileges required");
        }

        (await (await GetAsync(admin, $"{AdaptersPath}/{id}")).ShouldBeOkAsync())
            .GetProperty("adapter").GetProperty("is_default").GetBoolean().ShouldBeFalse();
    }

    private async Task<RegisteredUser> AdminAsync()
    {
        var admin = await RegisterAsync();
        await MakeAdminAsync(admin);
        return admin;
    }

    private static object Body(
        string name, string adapterType = "ipfs-ipfs", string endpoint = "https://api.pinata.cloud", string? apiKey = null,
        string? secretKey = null) => new
    {
        name,
        description = "Production IPFS",
        adapter_type = adapterType,
        connection_details = new
        {
            endpoint, api_key = apiKey, secret_key = secretKey, auth_type = "ApiKey", timeout_ms = 60000,
            custom_headers = new Dictionary<string, string> { ["X-Owner"] = "GOWNER" },
        },
    };

    private static async Task<string> CreateAsync(RegisteredUser admin, object body)
    {
        var response = await PostAsync(admin, AdaptersPath, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("adapter").GetProperty("config_id").GetString()!;
    }

    private static async Task<JsonElement> StoredConnectionAsync(string id)
    {
        string json = string.Empty;
        await WithDatabaseAsync(async db => json = await db.Database
            .SqlQuery<string>($"SELECT connection_details::text AS \"Value\" FROM adapter_configs WHERE config_id = {Guid.Parse(id)}")
            .SingleAsync());
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
