using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Circuits;

/// <summary>Public settings, the public page and joining a public circuit (engines-api.md §3.8).</summary>
public sealed class PublicCircuitTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldOpenTheCircuitAndStampPublicSinceOnlyOnce()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);

        var first = await PutSettingsAsync(alice, circuitId, new { access_mode = "open", public_name = "Bois", tagline = "t" });
        await Task.Delay(1100);
        var second = await PutSettingsAsync(alice, circuitId, new { access_mode = "Public", public_name = "Bois 2" });

        first.GetProperty("success").GetBoolean().ShouldBeTrue();
        var firstData = first.GetProperty("data");
        firstData.GetProperty("permissions").GetProperty("allow_public_visibility").GetBoolean().ShouldBeTrue();
        var since = firstData.GetProperty("public_settings").GetProperty("public_since").GetDateTimeOffset();
        since.ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var secondSettings = second.GetProperty("data").GetProperty("public_settings");
        // PostgreSQL keeps microseconds; the first answer still had the clock's 100 ns ticks.
        secondSettings.GetProperty("public_since").GetDateTimeOffset().ShouldBe(since, TimeSpan.FromMilliseconds(1));
        secondSettings.GetProperty("public_name").GetString().ShouldBe("Bois 2");
        secondSettings.GetProperty("tagline").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [TestCase("secret", "access_mode", "Invalid access mode: secret")]
    [TestCase(null, "access_mode", "Invalid access mode: ")]
    public async Task ShouldAnswer422ForABadAccessMode(string? mode, string field, string message)
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);

        var body = await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/public-settings", new { public_settings = new { access_mode = mode } }))
            .ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "validation_error", message);

        var details = body.GetProperty("details");
        details.GetProperty("field").GetString().ShouldBe(field);
        Strings(details.GetProperty("allowed_values")).ShouldBe(["public", "open", "protected", "scheduled"]);
        details.GetProperty("issue").GetString().ShouldBe(message);
    }

    [Test]
    public async Task ShouldAnswer422ForEveryOtherInvalidSetting()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        var path = $"{CircuitsPath}/{circuitId}/public-settings";

        await (await PutAsync(alice, path, new { public_settings = new { access_mode = "scheduled" } }))
            .ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "validation_error", "scheduled_date is required for scheduled access mode");
        var badDate = await (await PutAsync(alice, path, new { public_settings = new { access_mode = "scheduled", scheduled_date = "tomorrow" } }))
            .ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "validation_error", "Invalid scheduled_date: tomorrow");
        badDate.GetProperty("details").GetProperty("expected_format").GetString().ShouldNotBeNullOrEmpty();
        badDate.GetProperty("details").GetProperty("provided_value").GetString().ShouldBe("tomorrow");
        await (await PutAsync(alice, path, new { public_settings = new { access_mode = "protected" } }))
            .ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "validation_error", "access_password is required for protected access mode");
        var export = await (await PutAsync(alice, path, new { public_settings = new { access_mode = "public", export_permissions = "world" } }))
            .ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "validation_error", "Invalid export_permissions: world");
        Strings(export.GetProperty("details").GetProperty("allowed_values")).ShouldBe(["admin", "members", "public"]);
        var circuit = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}")).ShouldBeOkAsync();
        circuit.GetProperty("public_settings").ValueKind.ShouldBe(JsonValueKind.Null);
        circuit.GetProperty("permissions").GetProperty("allow_public_visibility").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public async Task ShouldStoreTheAccessPasswordHashedNeverReturnItAndKeepItWhenNotResent()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);

        var first = await PutSettingsAsync(alice, circuitId, new { access_mode = "protected", access_password = "open-sesame" });
        var second = await PutSettingsAsync(alice, circuitId, new { access_mode = "protected", public_name = "P" });

        foreach (var response in new[] { first, second })
        {
            response.GetRawText().ShouldNotContain("open-sesame");
            response.GetRawText().ShouldNotContain("access_password");
            response.GetProperty("data").GetProperty("public_settings").GetProperty("requires_password").GetBoolean().ShouldBeTrue();
        }

        await WithDatabaseAsync(async db =>
        {
            var hash = (await db.Circuits.AsNoTracking().SingleAsync()).PublicSettings!.AccessPasswordHash;
            hash.ShouldNotBeNullOrEmpty();
            hash.ShouldNotBe("open-sesame");
        });
        var bob = await RegisterAsync();
        (await (await PostAsync(bob, $"{CircuitsPath}/{circuitId}/public/join", new { access_password = "open-sesame" })).ShouldBeOkAsync())
            .GetProperty("message").GetString().ShouldBe("Join request submitted");
    }

    [Test]
    public async Task ShouldPublishOnlyItemsTheCircuitHolds()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        var held = await CreateItemAsync(alice, null, ("tag", "held"));
        var stranger = await CreateItemAsync(alice, null, ("tag", "stranger"));
        await ArrangeCircuitItemAsync(circuitId, held, alice.UserId);

        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/public-settings", new { public_settings = new { access_mode = "public", published_items = new[] { held, stranger } } }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "not_a_circuit_item", $"Item {stranger} is not in this circuit");
        var published = await PutSettingsAsync(alice, circuitId, new { access_mode = "public", published_items = new[] { held } });

        Strings(published.GetProperty("data").GetProperty("public_settings").GetProperty("published_items")).ShouldBe([held]);
    }

    [Test]
    public async Task ShouldShowOnlyPublishedItemsAndTheirPublicEventsWithoutSignIn()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        var published = await CreateItemAsync(alice, null, ("tag", "published"));
        var unpublished = await CreateItemAsync(alice, null, ("tag", "unpublished"));
        await ArrangeCircuitItemAsync(circuitId, published, alice.UserId);
        await ArrangeCircuitItemAsync(circuitId, unpublished, alice.UserId);
        var publicEvent = await PostEventAsync(alice, published, "public", new { step = "weighed" });
        await PostEventAsync(alice, published, "private", new { secret = "price" });
        await PostEventAsync(alice, published, "circuitonly", new { circuit_id = circuitId });
        await PostEventAsync(alice, unpublished, "public", new { step = "hidden" });
        await PutSettingsAsync(alice, circuitId, new
        {
            access_mode = "protected", access_password = "pw-123", published_items = new[] { published },
            public_name = "Fazenda", primary_color = "#fff",
        });

        var response = await Client.GetAsync($"{CircuitsPath}/{circuitId}/public");

        var page = (await response.ShouldBeOkAsync()).GetProperty("data");
        var text = page.GetRawText();
        text.ShouldNotContain(unpublished);
        text.ShouldNotContain("price");
        text.ShouldNotContain("pw-123");
        page.GetProperty("public_name").GetString().ShouldBe("Fazenda");
        page.GetProperty("access_mode").GetString().ShouldBe("protected");
        page.GetProperty("requires_password").GetBoolean().ShouldBeTrue();
        page.GetProperty("is_currently_accessible").GetBoolean().ShouldBeTrue();
        page.GetProperty("member_count").GetInt32().ShouldBe(1);
        page.GetProperty("items_count").GetInt32().ShouldBe(1);
        page.GetProperty("events_count").GetInt32().ShouldBe(1);
        Strings(page.GetProperty("published_items")).ShouldBe([published]);
        var withEvents = page.GetProperty("published_items_with_events").EnumerateArray().ShouldHaveSingleItem();
        withEvents.GetProperty("dfid").GetString().ShouldBe(published);
        var shown = withEvents.GetProperty("events").EnumerateArray().ShouldHaveSingleItem();
        shown.GetProperty("event_id").GetString().ShouldBe(publicEvent);
        shown.GetProperty("visibility").GetString().ShouldBe("Public");
        page.GetProperty("recent_activity").GetArrayLength().ShouldBe(0);
        page.TryGetProperty("members", out _).ShouldBeFalse();
    }

    [Test]
    public async Task ShouldAnswerCircuitNotPublicForPrivateUnknownOrNotYetOpenCircuits()
    {
        var alice = await RegisterAsync();
        var privateId = await CreateCircuitIdAsync(alice);
        var scheduledId = await CreateCircuitIdAsync(alice);
        await PutSettingsAsync(alice, scheduledId, new { access_mode = "scheduled", scheduled_date = "2999-01-01T00:00:00Z" });
        var toggledOff = await CreateCircuitIdAsync(alice, isPublic: true);
        await (await PutAsync(alice, $"{CircuitsPath}/{toggledOff}/visibility/toggle", new { })).ShouldBeOkAsync();

        foreach (var id in new[] { privateId, scheduledId, toggledOff, Guid.NewGuid().ToString() })
        {
            await (await Client.GetAsync($"{CircuitsPath}/{id}/public"))
                .ShouldBeErrorAsync(HttpStatusCode.NotFound, "CIRCUIT_NOT_PUBLIC", "Circuit not found or not public");
        }

        await (await Client.GetAsync($"{CircuitsPath}/x/public")).ShouldBeValidationErrorAsync("id", "Invalid circuit ID format");
    }

    [Test]
    public async Task ShouldOpenAScheduledCircuitOnceItsDateHasCome()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        await PutSettingsAsync(alice, circuitId, new { access_mode = "scheduled", scheduled_date = "2001-01-01T00:00:00+02:00" });

        var page = (await (await Client.GetAsync($"{CircuitsPath}/{circuitId}/public")).ShouldBeOkAsync()).GetProperty("data");

        page.GetProperty("access_mode").GetString().ShouldBe("scheduled");
        page.GetProperty("public_since").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Test]
    public async Task ShouldAdmitAtOnceWhenAutoApproving()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await PutSettingsAsync(alice, circuitId, new { access_mode = "public", auto_approve_members = true });

        var joined = await (await PostAsync(bob, $"{CircuitsPath}/{circuitId}/public/join", new { })).ShouldBeOkAsync();

        joined.GetProperty("success").GetBoolean().ShouldBeTrue();
        joined.GetProperty("message").GetString().ShouldBe("Automatically approved");
        joined.GetProperty("requires_approval").GetBoolean().ShouldBeFalse();
        var circuit = await (await GetAsync(bob, $"{CircuitsPath}/{circuitId}")).ShouldBeOkAsync();
        MemberOf(circuit, bob.UserId).GetProperty("role").GetString().ShouldBe("Member");
        await (await PostAsync(bob, $"{CircuitsPath}/{circuitId}/public/join", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.BadRequest, "already_member", "Member is already in the circuit");
    }

    [Test]
    public async Task ShouldFileAJoinRequestWithoutAutoApproval()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await PutSettingsAsync(alice, circuitId, new { access_mode = "public" });

        var joined = await (await PostAsync(bob, $"{CircuitsPath}/{circuitId}/public/join", new { message = "hello" })).ShouldBeOkAsync();

        joined.GetProperty("message").GetString().ShouldBe("Join request submitted");
        joined.GetProperty("requires_approval").GetBoolean().ShouldBeTrue();
        var pending = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/requests/pending")).ShouldBeOkAsync();
        pending.EnumerateArray().ShouldHaveSingleItem().GetProperty("message").GetString().ShouldBe("hello");
    }

    [Test]
    public async Task ShouldRefuseAWrongPasswordAndACircuitThatIsNotPublic()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var protectedId = await CreateCircuitIdAsync(alice);
        await PutSettingsAsync(alice, protectedId, new { access_mode = "protected", access_password = "right", auto_approve_members = true });
        var privateId = await CreateCircuitIdAsync(alice);

        await (await PostAsync(bob, $"{CircuitsPath}/{protectedId}/public/join", new { access_password = "wrong" }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "invalid_access_password", "Invalid access password");
        await (await PostAsync(bob, $"{CircuitsPath}/{protectedId}/public/join", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.Forbidden, "invalid_access_password", "Invalid access password");
        await (await PostAsync(bob, $"{CircuitsPath}/{privateId}/public/join", new { }))
            .ShouldBeErrorAsync(HttpStatusCode.NotFound, "CIRCUIT_NOT_PUBLIC", "Circuit not found or not public");
        (await (await PostAsync(bob, $"{CircuitsPath}/{protectedId}/public/join", new { access_password = "right" })).ShouldBeOkAsync())
            .GetProperty("message").GetString().ShouldBe("Automatically approved");
    }

    private static async Task<JsonElement> PutSettingsAsync(RegisteredUser user, string circuitId, object settings) =>
        await (await PutAsync(user, $"{CircuitsPath}/{circuitId}/public-settings", new { public_settings = settings })).ShouldBeOkAsync();

    private static async Task<string> PostEventAsync(RegisteredUser user, string dfid, string visibility, object metadata)
    {
        var response = await PostAsync(user, "/api/events", new { dfid, event_type = "Enriched", visibility, metadata });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.ReadJsonAsync()).GetProperty("event_id").GetString()!;
    }
}
