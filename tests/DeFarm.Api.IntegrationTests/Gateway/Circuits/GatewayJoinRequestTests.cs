using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Gateway.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Notifications;

namespace DeFarm.Api.IntegrationTests.Gateway.Circuits;

/// <summary>The join-request loop (spa-contract §2.3 J1–J3, §6 item 16), the front end's only way to add members.</summary>
public sealed class GatewayJoinRequestTests : GatewayCircuitsTestBase
{
    [Test]
    public async Task ShouldAdmitARequesterAsMemberOnceTheOwnerApproves()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, circuitId);

        var request = await (await PostAsync(bruno, RequestsPath(circuitId), new { })).ShouldBeJsonAsync(HttpStatusCode.Created);
        request.GetProperty("user_id").GetString().ShouldBe(bruno.UserId);
        request.GetProperty("status").GetString().ShouldBe("pending");
        request.GetProperty("circuit_id").GetString().ShouldBe(circuitId);
        var requestId = request.GetProperty("id").GetString()!;

        var pending = await (await GetAsync(ana, $"{RequestsPath(circuitId)}?status=pending")).ShouldBeJsonAsync(HttpStatusCode.OK);
        pending.ValueKind.ShouldBe(JsonValueKind.Array);
        var listed = pending.EnumerateArray().ShouldHaveSingleItem();
        listed.GetProperty("id").GetString().ShouldBe(requestId);
        listed.GetProperty("created_at").GetString().ShouldEndWith("Z");
        (await NotificationsOfAsync(ana.UserId)).ShouldContain(n => n.Type == NotificationType.JoinRequestReceived);

        var approved = await (await PutJsonAsync(ana, $"{RequestsPath(circuitId)}/{requestId}", new { action = "approve", role = "member" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        approved.GetProperty("status").GetString().ShouldBe("approved");
        approved.GetProperty("reviewed_by").GetString().ShouldBe(ana.UserId);

        var circuit = await (await GetAsync(ana, $"{GatewayCircuitsPath}/{circuitId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        GatewayMemberOf(circuit, bruno.UserId).GetProperty("role").GetString().ShouldBe("Member");
        (await (await GetAsync(ana, $"{RequestsPath(circuitId)}?status=pending")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetArrayLength().ShouldBe(0);
        (await (await GetAsync(bruno, GatewayCircuitsPath)).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("count").GetInt32().ShouldBe(1);
    }

    [Test]
    public async Task ShouldRejectARequestAndKeepItInTheHistory()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, circuitId);
        var requestId = await RequestToJoinAsync(bruno, circuitId);

        var rejected = await (await PutJsonAsync(ana, $"{RequestsPath(circuitId)}/{requestId}", new { action = "REJECT" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        rejected.GetProperty("status").GetString().ShouldBe("rejected");
        var all = await (await GetAsync(ana, RequestsPath(circuitId))).ShouldBeJsonAsync(HttpStatusCode.OK);
        all.EnumerateArray().ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe("rejected");
        var circuit = await (await GetAsync(ana, $"{GatewayCircuitsPath}/{circuitId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        circuit.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("member_id").GetString())
            .ShouldNotContain(bruno.UserId);
        await (await PutJsonAsync(ana, $"{RequestsPath(circuitId)}/{requestId}", new { action = "approve" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Conflict, "join_request_decided");
    }

    [Test]
    public async Task ShouldRefuseRequestsToPrivateCircuitsFromMembersAndTwiceWhilePending()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var privateId = GatewayIdOf(await CreateGatewayCircuitAsync(ana, "Privado"));
        var publicId = GatewayIdOf(await CreateGatewayCircuitAsync(ana, "Público"));
        await PublishAsync(ana, publicId);
        await RequestToJoinAsync(bruno, publicId);

        await (await PostAsync(bruno, RequestsPath(privateId), new { }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await PostAsync(bruno, RequestsPath(publicId), new { }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "join_request_pending");
        await (await PostAsync(ana, RequestsPath(publicId), new { }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "already_member");
    }

    [Test]
    public async Task ShouldLetOnlyMemberManagersListAndDecide()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var carla = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, circuitId);
        await AddMemberAsync(ana, circuitId, carla, "Member");
        var requestId = await RequestToJoinAsync(bruno, circuitId);
        var decide = $"{RequestsPath(circuitId)}/{requestId}";

        await (await GetAsync(carla, RequestsPath(circuitId))).ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await (await PutJsonAsync(carla, decide, new { action = "approve" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
        await (await PutJsonAsync(bruno, decide, new { action = "approve" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.Forbidden, "permission_denied");
    }

    [Test]
    public async Task ShouldAnswer404ForARequestOfAnotherCircuitAndHideAPrivateCircuitsRequests()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var first = GatewayIdOf(await CreateGatewayCircuitAsync(ana, "Primeiro"));
        var second = GatewayIdOf(await CreateGatewayCircuitAsync(ana, "Segundo"));
        await PublishAsync(ana, first);
        var requestId = await RequestToJoinAsync(bruno, first);
        var dora = await RegisterAsync();
        var doraCircuit = GatewayIdOf(await CreateGatewayCircuitAsync(dora));

        await (await PutJsonAsync(ana, $"{RequestsPath(second)}/{requestId}", new { action = "approve" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "join_request_not_found");
        await (await PutJsonAsync(ana, $"{RequestsPath(first)}/{Guid.NewGuid()}", new { action = "approve" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "join_request_not_found");
        await (await GetAsync(ana, RequestsPath(doraCircuit))).ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
        await (await PutJsonAsync(ana, $"{RequestsPath(doraCircuit)}/{requestId}", new { action = "approve" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.NotFound, "circuit_not_found");
    }

    [Test]
    public async Task ShouldRefuseAnUnknownActionRoleOrStatusFilterWith400()
    {
        var ana = await RegisterAsync();
        var bruno = await RegisterAsync();
        var circuitId = GatewayIdOf(await CreateGatewayCircuitAsync(ana));
        await PublishAsync(ana, circuitId);
        var requestId = await RequestToJoinAsync(bruno, circuitId);

        await (await PutJsonAsync(ana, $"{RequestsPath(circuitId)}/{requestId}", new { action = "maybe" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await PutJsonAsync(ana, $"{RequestsPath(circuitId)}/{requestId}", new { action = "approve", role = "emperor" }))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        await (await GetAsync(ana, $"{RequestsPath(circuitId)}?status=lost"))
            .ShouldBeGatewayErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        (await (await GetAsync(ana, $"{RequestsPath(circuitId)}?status=pending")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetArrayLength().ShouldBe(1);
    }

    private static string RequestsPath(string circuitId) => $"{GatewayCircuitsPath}/{circuitId}/join-requests";

    private static async Task<string> RequestToJoinAsync(RegisteredUser user, string circuitId) =>
        (await (await PostAsync(user, RequestsPath(circuitId), new { })).ShouldBeJsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetString()!;
}
