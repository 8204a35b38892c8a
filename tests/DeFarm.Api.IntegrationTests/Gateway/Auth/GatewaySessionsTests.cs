using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Infrastructure;

namespace DeFarm.Api.IntegrationTests.Gateway.Auth;

/// <summary><c>GET /gateway/api/sessions?user_id=</c> (spa-contract §2.7 X1): the caller's sessions, a bare array.</summary>
public sealed class GatewaySessionsTests : GatewayAuthTestBase
{
    private const string SessionsPath = "/gateway/api/sessions";

    [Test]
    public async Task ShouldListTheCallersSessionsOnlyWhateverUserIdSays()
    {
        var ana = await SignUpAsync("ana@example.com");
        var bruno = await SignUpAsync("bruno@example.com");
        using var phone = Api.CreateClient();
        phone.DefaultRequestHeaders.UserAgent.ParseAdd("DeFarmPhone/1.0");
        await (await LoginAsync("ana@example.com", via: phone)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var body = await (await GetAsync(ana.AccessToken, $"{SessionsPath}?user_id={bruno.UserId}"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);

        body.ValueKind.ShouldBe(JsonValueKind.Array);
        var sessions = body.EnumerateArray().ToList();
        sessions.Count.ShouldBe(2);
        sessions[0].GetProperty("user_agent").GetString().ShouldBe("DeFarmPhone/1.0");
        sessions.ShouldAllBe(s => s.GetProperty("is_active").GetBoolean());
        foreach (var session in sessions)
        {
            session.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
            session.TryGetProperty("ip_address", out _).ShouldBeTrue();
            session.GetProperty("last_activity_at").GetString()!.ShouldMatch(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        }
    }

    [Test]
    public async Task ShouldShowASignedOutSessionAsInactive()
    {
        var ana = await SignUpAsync();
        var other = GatewaySession.From(await (await LoginAsync(ana.Email)).ShouldBeJsonAsync(HttpStatusCode.OK));
        await Client.SendAsync(FromFrontEnd(HttpMethod.Post, $"{AuthPath}/logout", body: new { refresh_token = ana.RefreshToken }));

        var sessions = (await (await GetAsync(other.AccessToken, SessionsPath)).ShouldBeJsonAsync(HttpStatusCode.OK))
            .EnumerateArray().ToList();

        sessions.Select(s => s.GetProperty("is_active").GetBoolean()).Order().ShouldBe([false, true]);
    }
}
