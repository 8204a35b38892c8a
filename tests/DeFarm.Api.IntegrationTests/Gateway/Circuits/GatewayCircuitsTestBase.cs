using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Circuits;
using DeFarm.Api.IntegrationTests.Gateway.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Circuits;

/// <summary>Circuits through the gateway, as the front end calls them, signed in with the engines' bearer token.</summary>
public abstract class GatewayCircuitsTestBase : CircuitsTestBase
{
    protected const string GatewayCircuitsPath = "/gateway/api/circuits";

    /// <summary>The body the front end posts for the default circuit after sign-in (spa-contract §1.2).</summary>
    protected static object DefaultCircuitBody(string ownerId) => new
    {
        name = "Meu Circuito",
        description = "Circuito padrão criado automaticamente",
        circuit_type = "private",
        visibility = "private",
        owner_id = ownerId,
    };

    /// <summary>Creates a circuit through the gateway (asserting 201) and returns it.</summary>
    protected static async Task<JsonElement> CreateGatewayCircuitAsync(
        RegisteredUser owner, string name = "Bovinos MS", string visibility = "private", string? circuitType = "supply_chain") =>
        await (await PostAsync(owner, GatewayCircuitsPath, new { name, description = "Gado de corte", circuit_type = circuitType, visibility }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

    protected static string GatewayIdOf(JsonElement circuit) => circuit.GetProperty("id").GetString()!;

    /// <summary>Makes the circuit public and discoverable as the edit form does.</summary>
    protected static async Task<JsonElement> PublishAsync(RegisteredUser owner, string circuitId, bool searchable = true) =>
        await (await PutAsync(owner, $"{GatewayCircuitsPath}/{circuitId}", new
        {
            name = "Bovinos MS",
            description = "Gado de corte",
            visibility = "public",
            metadata = new
            {
                discovery_enabled = true, searchable, is_published = true, public_description = "Rastreio de gado",
                public_contact_email = "contato@bovinos.example", public_website = "https://bovinos.example",
            },
        })).ShouldBeJsonAsync(HttpStatusCode.OK);

    protected static async Task<HttpResponseMessage> AnonymousGetAsync(string path)
    {
        using var client = Api.CreateClient();
        return await client.GetAsync(path);
    }

    protected static async Task<HttpResponseMessage> PutJsonAsync(RegisteredUser user, string path, object body)
    {
        using var client = ClientWithToken(user.Token);
        return await client.PutAsJsonAsync(path, body);
    }

    protected static JsonElement GatewayMemberOf(JsonElement circuit, string userId) =>
        circuit.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("member_id").GetString() == userId);
}
