using System.Net;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Api.IntegrationTests.Circuits;

public sealed class CreateCircuitTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldCreateACircuitOwnedByTheCallerWithTheDefaultRoles()
    {
        var alice = await RegisterAsync();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        var circuit = await CreateCircuitAsync(alice, new { name = "Bovine MS", description = "Cattle", owner_id = "someone-else" });

        Guid.TryParse(circuit.GetProperty("circuit_id").GetString(), out _).ShouldBeTrue();
        circuit.GetProperty("name").GetString().ShouldBe("Bovine MS");
        circuit.GetProperty("description").GetString().ShouldBe("Cattle");
        circuit.GetProperty("owner_id").GetString().ShouldBe(alice.UserId);
        circuit.GetProperty("status").GetString().ShouldBe("Active");
        circuit.GetProperty("created_timestamp").GetInt64().ShouldBeInRange(before - 1, before + 60);
        var owner = circuit.GetProperty("members").EnumerateArray().ShouldHaveSingleItem();
        owner.GetProperty("member_id").GetString().ShouldBe(alice.UserId);
        owner.GetProperty("role").GetString().ShouldBe("Owner");
        Strings(owner.GetProperty("permissions")).ShouldBe(
            ["Push", "Pull", "Invite", "ManageMembers", "ManagePermissions", "ManageRoles", "Delete", "Certify", "Audit"]);
        var permissions = circuit.GetProperty("permissions");
        permissions.GetProperty("require_approval_for_push").GetBoolean().ShouldBeFalse();
        permissions.GetProperty("require_approval_for_pull").GetBoolean().ShouldBeFalse();
        permissions.GetProperty("allow_public_visibility").GetBoolean().ShouldBeFalse();
        circuit.GetProperty("pending_requests").GetArrayLength().ShouldBe(0);
        circuit.GetProperty("public_settings").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var roles = circuit.GetProperty("custom_roles").EnumerateArray()
            .OrderByDescending(r => r.GetProperty("role_name").GetString()).ToList();
        roles.Select(r => r.GetProperty("role_name").GetString()).ShouldBe(["Owner", "Member"]);
        roles[0].GetProperty("description").GetString().ShouldBe("Circuit owner with full permissions");
        roles[0].GetProperty("color").GetString().ShouldBe("#gold");
        roles[0].GetProperty("is_default").GetBoolean().ShouldBeTrue();
        roles[0].GetProperty("created_by").GetString().ShouldBe("system");
        roles[1].GetProperty("description").GetString().ShouldBe("Default member role");
        Strings(roles[1].GetProperty("permissions")).ShouldBe(["Push", "Pull"]);
    }

    [Test]
    public async Task ShouldCreateACircuitWithEveryOptionAndKeepThemOnReload()
    {
        var alice = await RegisterAsync();

        var created = await CreateCircuitAsync(alice, new
        {
            name = "Bovine MS",
            description = "Cattle traceability",
            adapter_config = new { adapter_type = "IpfsIpfs", sponsor_adapter_access = true, requires_approval = true },
            alias_config = new
            {
                required_canonical = new[] { "sisbov" }, required_contextual = Array.Empty<string>(), use_fingerprint = false,
                allowed_namespaces = new[] { "bovino" }, auto_apply_namespace = true,
            },
            require_approval_for_push = true,
            public_settings = new { access_mode = "protected", access_password = "s3cret!", auto_publish_pushed_items = true },
        });
        var reloaded = await (await GetAsync(alice, $"{CircuitsPath}/{IdOf(created)}")).ShouldBeOkAsync();

        reloaded.GetRawText().ShouldBe(created.GetRawText());
        reloaded.GetProperty("permissions").GetProperty("require_approval_for_push").GetBoolean().ShouldBeTrue();
        reloaded.GetProperty("permissions").GetProperty("allow_public_visibility").GetBoolean().ShouldBeTrue();
        var settings = reloaded.GetProperty("public_settings");
        settings.GetProperty("access_mode").GetString().ShouldBe("Protected");
        settings.GetProperty("requires_password").GetBoolean().ShouldBeTrue();
        settings.GetProperty("auto_publish_pushed_items").GetBoolean().ShouldBeTrue();
        settings.GetProperty("public_since").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        reloaded.GetRawText().ShouldNotContain("s3cret!");
        reloaded.GetRawText().ShouldNotContain("access_password");
        var adapter = await (await GetAsync(alice, $"{CircuitsPath}/{IdOf(created)}/adapter")).ShouldBeOkAsync();
        adapter.GetProperty("adapter_type").GetString().ShouldBe("ipfs-ipfs");
        adapter.GetProperty("sponsor_adapter_access").GetBoolean().ShouldBeTrue();
        adapter.GetProperty("requires_approval").GetBoolean().ShouldBeTrue();
        adapter.GetProperty("configured_by").GetString().ShouldBe(alice.UserId);
        await WithDatabaseAsync(async db =>
        {
            var stored = await db.Circuits.AsNoTracking().SingleAsync();
            stored.AliasConfig.ShouldNotBeNull().RequiredCanonical.ShouldBe(["sisbov"]);
            stored.AliasConfig.AllowedNamespaces.ShouldBe(["bovino"]);
            stored.AliasConfig.UseFingerprint.ShouldBeFalse();
            stored.PublicSettings!.AccessPasswordHash.ShouldNotBeNullOrEmpty();
            stored.PublicSettings.AccessPasswordHash.ShouldNotContain("s3cret!");
        });
    }

    [Test]
    public async Task ShouldRequireAName()
    {
        var alice = await RegisterAsync();

        await (await PostAsync(alice, CircuitsPath, new { description = "d" }))
            .ShouldBeValidationErrorAsync("name", "name is required");
        await (await PostAsync(alice, CircuitsPath, new { name = new string('n', 256), description = "d" }))
            .ShouldBeValidationErrorAsync("name", "name must be at most 255 characters");
        (await CountCircuitsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRequireEveryFieldOfAnAliasConfig()
    {
        var alice = await RegisterAsync();

        var response = await PostAsync(alice, CircuitsPath, new
        {
            name = "c", description = "d", alias_config = new { required_canonical = new[] { "sisbov" } },
        });

        await response.ShouldBeErrorAsync(HttpStatusCode.BadRequest, "validation_failed");
        (await CountCircuitsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseAnUnknownAdapterType()
    {
        var alice = await RegisterAsync();

        var response = await PostAsync(alice, CircuitsPath, new { name = "c", description = "d", adapter_config = new { adapter_type = "floppy" } });

        await response.ShouldBeValidationErrorAsync("adapter_type", "Invalid adapter type: floppy");
        (await CountCircuitsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseAnAdapterTheTierDoesNotIncludeAndStoreNothing()
    {
        var alice = await RegisterAsync();

        var response = await PostAsync(alice, CircuitsPath, new
        {
            name = "c", description = "d", adapter_config = new { adapter_type = "stellar_testnet-ipfs" },
        });

        await response.ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "adapter_not_available", "User does not have access to adapter 'stellar_testnet-ipfs'");
        (await CountCircuitsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldAnswer422ForInvalidPublicSettingsAndStoreNothing()
    {
        var alice = await RegisterAsync();

        var response = await PostAsync(alice, CircuitsPath, new { name = "c", description = "d", public_settings = new { access_mode = "secret" } });

        var body = await response.ShouldBeErrorAsync(HttpStatusCode.UnprocessableEntity, "validation_error", "Invalid access mode: secret");
        body.GetProperty("details").GetProperty("field").GetString().ShouldBe("access_mode");
        (await CountCircuitsAsync()).ShouldBe(0);
    }

    [Test]
    public async Task ShouldRefuseACircuitBeyondTheTierLimitButCountOnlyActiveOnes()
    {
        var alice = await RegisterAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await CreateCircuitIdAsync(alice));
        }

        var refused = await PostAsync(alice, CircuitsPath, new { name = "sixth", description = "d" });
        await refused.ShouldBeErrorAsync(
            HttpStatusCode.Forbidden, "tier_limit_reached", "Your tier allows 5 active circuits; upgrade to create more.");
        (await CountCircuitsAsync()).ShouldBe(5);

        await (await PutAsync(alice, $"{CircuitsPath}/{ids[0]}/deactivate", new { })).ShouldBeOkAsync();
        await CreateCircuitAsync(alice);
        (await CountCircuitsAsync()).ShouldBe(6);
    }

    [Test]
    public async Task ShouldNotLimitEnterpriseUsers()
    {
        var alice = await RegisterAsync();
        await SetTierAsync(alice, "enterprise");
        for (var i = 0; i < 6; i++)
        {
            await CreateCircuitAsync(alice);
        }

        (await CountCircuitsAsync()).ShouldBe(6);
    }
}
