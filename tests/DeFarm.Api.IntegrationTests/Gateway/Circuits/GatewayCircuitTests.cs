using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Gateway.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Circuits;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Gateway.Circuits;

/// <summary>Circuit CRUD of the front end (spa-contract §2.3 C1–C5, §6 items 3, 4, 13, 14, 21).</summary>
public sealed class GatewayCircuitTests : GatewayCircuitsTestBase
{
    private const string IsoUtcMillis = @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$";

    [Test]
    public async Task ShouldCreateTheDefaultCircuitOwnedByTheCallerWhateverOwnerIdSays()
    {
        var ana = await RegisterAsync();

        var circuit = await (await PostAsync(ana, GatewayCircuitsPath, DefaultCircuitBody("anonymous")))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        circuit.GetProperty("name").GetString().ShouldBe("Meu Circuito");
        circuit.GetProperty("description").GetString().ShouldBe("Circuito padrão criado automaticamente");
        circuit.GetProperty("circuit_type").GetString().ShouldBe("private");
        circuit.GetProperty("visibility").GetString().ShouldBe("private");
        circuit.GetProperty("status").GetString().ShouldBe("Active");
        circuit.GetProperty("owner_id").GetString().ShouldBe(ana.UserId);
        circuit.GetProperty("slug").GetString().ShouldBe($"meu-circuito-{GatewayIdOf(circuit).Replace("-", "")[..8]}");
        circuit.GetProperty("created_at").GetString()!.ShouldMatch(IsoUtcMillis);
        var owner = GatewayMemberOf(circuit, ana.UserId);
        owner.GetProperty("role").GetString().ShouldBe("Owner");
        Strings(owner.GetProperty("permissions")).ShouldContain("Push");
        DateTimeOffset.FromUnixTimeSeconds(owner.GetProperty("joined_timestamp").GetInt64())
            .ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Test]
    public async Task ShouldAcceptAnyCircuitTypeAndRefuseAnUnknownVisibility()
    {
        var ana = await RegisterAsync();

        (await CreateGatewayCircuitAsync(ana, circuitType: "Cooperativa de café")).GetProperty("circuit_type").GetString()
            .ShouldBe("Cooperativa de café");
        (await CreateGatewayCircuitAsync(ana, visibility: "RESTRICTED")).GetProperty("visibility").GetString()
            .ShouldBe("restricted");
        var refused = await (await PostAsync(ana, GatewayCircuitsPath, new { name = "x", visibility = "secret" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await PostAsync(ana, GatewayCircuitsPath, new { description = "no name" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");

        refused.GetProperty("details").TryGetProperty("visibility", out _).ShouldBeTrue();
        (await CountCircuitsAsync()).ShouldBe(2);
    }

    [Test]
    public async Task ShouldStopAtTheTiersCircuitLimitWithTheGatewayBody()
    {
        var ana = await RegisterAsync();
        for (var i = 0; i < 5; i++)
        {
            await CreateGatewayCircuitAsync(ana, $"Circuito {i}");
        }

        await (await PostAsync(ana, GatewayCircuitsPath, DefaultCircuitBody(ana.UserId)))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "tier_limit_reached");
    }

    [Test]
    public async Task ShouldListTheCallersCircuitsOnlyWrappedWithACount()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var own = GatewayIdOf(await CreateGatewayCircuitAsync(ana, "Próprio"));
        var joined = GatewayIdOf(await CreateGatewayCircuitAsync(bruno, "Do Bruno"));
        await AddMemberAsync(bruno, joined, ana, "Member");
        await PublishAsync(bruno, GatewayIdOf(await CreateGatewayCircuitAsync(bruno, "Público do Bruno")));

        var body = await (await GetAsync(ana, GatewayCircuitsPath)).ShouldBeJsonAsync(HttpStatusCode.OK);

        body.GetProperty("count").GetInt32().ShouldBe(2);
        var circuits = body.GetProperty("circuits").EnumerateArray().ToList();
        circuits.Select(GatewayIdOf).ShouldBe([joined, own]);
        circuits.ShouldAllBe(c => c.GetProperty("status").GetString() == "Active");
        circuits.ShouldAllBe(c => c.GetProperty("name").GetString()!.Length > 0);
    }

    [Test]
    public async Task ShouldAnswerAnEmptyListToSomeoneWithoutCircuits()
    {
        var ana = await RegisterAsync();

        var body = await (await GetAsync(ana, GatewayCircuitsPath)).ShouldBeJsonAsync(HttpStatusCode.OK);

        body.GetProperty("circuits").GetArrayLength().ShouldBe(0);
        body.GetProperty("count").GetInt32().ShouldBe(0);
    }

    [Test]
    public async Task ShouldReadACircuitWithItsMembersInTheEngineShape()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await AddMemberAsync(ana, circuitId, bruno, "Viewer");

        var circuit = await (await GetAsync(bruno, $"{GatewayCircuitsPath}/{circuitId}")).ShouldBeJsonAsync(HttpStatusCode.OK);

        circuit.GetProperty("members").GetArrayLength().ShouldBe(2);
        var viewer = GatewayMemberOf(circuit, bruno.UserId);
        viewer.GetProperty("role").GetString().ShouldBe("Viewer");
        viewer.GetProperty("custom_role_name").ValueKind.ShouldBe(JsonValueKind.Null);
        Strings(viewer.GetProperty("permissions")).ShouldBe(["Pull"]);
        viewer.GetProperty("joined_timestamp").ValueKind.ShouldBe(JsonValueKind.Number);
        circuit.GetProperty("discovery_enabled").GetBoolean().ShouldBeFalse();
        circuit.GetProperty("searchable").GetBoolean().ShouldBeFalse();
        circuit.GetProperty("is_published").GetBoolean().ShouldBeFalse();
        circuit.GetProperty("public_description").ValueKind.ShouldBe(JsonValueKind.Null);
        circuit.GetProperty("updated_at").GetString()!.ShouldMatch(IsoUtcMillis);
    }

    [Test]
    public async Task ShouldHideAPrivateCircuitFromOthersWith404()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        var path = $"{GatewayCircuitsPath}/{circuitId}";

        await (await GetAsync(bruno, path)).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await PutJsonAsync(bruno, path, new { name = "Meu agora" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await DeleteAsync(bruno, path)).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await GetAsync(bruno, $"{GatewayCircuitsPath}/{Guid.NewGuid()}"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await GetAsync(bruno, $"{GatewayCircuitsPath}/not-a-uuid"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
    }

    [Test]
    public async Task ShouldMapTheEditFormsMetadataOntoTheTopLevelFields()
    {
        var ana = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));

        var edited = await PublishAsync(ana, circuitId);

        edited.GetProperty("visibility").GetString().ShouldBe("public");
        edited.GetProperty("discovery_enabled").GetBoolean().ShouldBeTrue();
        edited.GetProperty("searchable").GetBoolean().ShouldBeTrue();
        edited.GetProperty("is_published").GetBoolean().ShouldBeTrue();
        edited.GetProperty("public_description").GetString().ShouldBe("Rastreio de gado");
        edited.GetProperty("public_contact_email").GetString().ShouldBe("contato@bovinos.example");
        edited.GetProperty("public_website").GetString().ShouldBe("https://bovinos.example");
        var read = await (await GetAsync(ana, $"{GatewayCircuitsPath}/{circuitId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        read.GetProperty("public_description").GetString().ShouldBe("Rastreio de gado");
        read.GetProperty("visibility").GetString().ShouldBe("public");
    }

    [Test]
    public async Task ShouldKeepWhatAnEditLeavesOutAndClearWhatItBlanks()
    {
        var ana = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, circuitId);

        var edited = await (await PutJsonAsync(ana, $"{GatewayCircuitsPath}/{circuitId}", new
        {
            description = "Novo texto", metadata = new { searchable = false, public_website = "" },
        })).ShouldBeJsonAsync(HttpStatusCode.OK);

        edited.GetProperty("name").GetString().ShouldBe("Bovinos MS");
        edited.GetProperty("description").GetString().ShouldBe("Novo texto");
        edited.GetProperty("visibility").GetString().ShouldBe("public");
        edited.GetProperty("discovery_enabled").GetBoolean().ShouldBeTrue();
        edited.GetProperty("searchable").GetBoolean().ShouldBeFalse();
        edited.GetProperty("public_website").ValueKind.ShouldBe(JsonValueKind.Null);
        edited.GetProperty("public_contact_email").GetString().ShouldBe("contato@bovinos.example");
        edited.GetProperty("public_description").GetString().ShouldBe("Rastreio de gado");
    }

    [Test]
    public async Task ShouldRefuseAnInvalidEditWith400AndChangeNothing()
    {
        var ana = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));

        var body = await (await PutJsonAsync(ana, $"{GatewayCircuitsPath}/{circuitId}", new
        {
            visibility = "public", metadata = new { public_contact_email = "not an email" },
        })).ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");

        body.GetProperty("details").TryGetProperty("metadata.public_contact_email", out _).ShouldBeTrue();
        (await (await GetAsync(ana, $"{GatewayCircuitsPath}/{circuitId}")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("visibility").GetString().ShouldBe("private");
    }

    [Test]
    public async Task ShouldLetOnlyOwnersAndPermissionManagersEdit()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await AddMemberAsync(ana, circuitId, bruno, "Admin");

        await (await PutJsonAsync(bruno, $"{GatewayCircuitsPath}/{circuitId}", new { visibility = "public" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
    }

    [Test]
    public async Task ShouldDeleteByArchivingSoTheCircuitLeavesListsAndFreesItsTierSlot()
    {
        var ana = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, circuitId);
        for (var i = 0; i < 4; i++)
        {
            await CreateGatewayCircuitAsync(ana, $"Outro {i}");
        }

        var response = await DeleteAsync(ana, $"{GatewayCircuitsPath}/{circuitId}");

        response.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await response.Content.ReadAsStringAsync()).ShouldBeEmpty();
        var list = await (await GetAsync(ana, GatewayCircuitsPath)).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.GetProperty("circuits").EnumerateArray().Select(GatewayIdOf).ShouldNotContain(circuitId);
        await (await GetAsync(ana, $"{GatewayCircuitsPath}/{circuitId}"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await DeleteAsync(ana, $"{GatewayCircuitsPath}/{circuitId}"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await AnonymousGetAsync($"{GatewayCircuitsPath}/{circuitId}/public"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "CIRCUIT_NOT_PUBLIC");
        await CreateGatewayCircuitAsync(ana, "Cabe de novo");
        await WithDatabaseAsync(async db =>
            (await db.Circuits.SingleAsync(c => c.Id == Guid.Parse(circuitId))).Status.ShouldBe(CircuitStatus.Archived));
    }

    [Test]
    public async Task ShouldLetOnlyHoldersOfTheDeletePermissionDelete()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await AddMemberAsync(ana, circuitId, bruno, "Admin");

        await (await DeleteAsync(bruno, $"{GatewayCircuitsPath}/{circuitId}"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        (await GetAsync(ana, $"{GatewayCircuitsPath}/{circuitId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
