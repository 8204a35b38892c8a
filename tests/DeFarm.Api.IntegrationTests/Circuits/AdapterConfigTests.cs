using System.Net;
using System.Text.Json;
using DeFarm.Api.IntegrationTests.Auth;
using DeFarm.Api.IntegrationTests.Infrastructure;
using DeFarm.Domain.Notifications;

namespace DeFarm.Api.IntegrationTests.Circuits;

public sealed class AdapterConfigTests : CircuitsTestBase
{
    [Test]
    public async Task ShouldAnswerNoneByTheSystemForACircuitNeverConfigured()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);

        var adapter = await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/adapter")).ShouldBeOkAsync();

        adapter.GetProperty("adapter_type").GetString().ShouldBe("none");
        adapter.GetProperty("configured_by").GetString().ShouldBe("system");
        adapter.GetProperty("sponsor_adapter_access").GetBoolean().ShouldBeFalse();
        adapter.GetProperty("configured_at").GetDateTimeOffset().ShouldBe(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }

    [Test]
    public async Task ShouldConfigureTheAdapterKeepUnsentFlagsAndNotifyEveryMember()
    {
        var (alice, bob) = (await RegisterAsync(), await RegisterAsync());
        var circuitId = await CreateCircuitIdAsync(alice);
        await AddMemberAsync(alice, circuitId, bob, "viewer");

        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/adapter", new { adapter_type = "ipfs-ipfs", sponsor_adapter_access = true }))
            .ShouldBeOkAsync();
        var updated = await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/adapter", new { adapter_type = "IpfsIpfs", requires_approval = true }))
            .ShouldBeOkAsync();

        updated.GetProperty("adapter_type").GetString().ShouldBe("ipfs-ipfs");
        updated.GetProperty("sponsor_adapter_access").GetBoolean().ShouldBeTrue();
        updated.GetProperty("requires_approval").GetBoolean().ShouldBeTrue();
        updated.GetProperty("auto_migrate_existing").GetBoolean().ShouldBeFalse();
        updated.GetProperty("configured_by").GetString().ShouldBe(alice.UserId);
        var notified = await NotificationsOfAsync(bob.UserId);
        notified.Count.ShouldBe(2);
        notified.ShouldAllBe(n => n.Type == NotificationType.CircuitAdapterConfigUpdated);
        notified[0].Data["adapter_type"]!.GetValue<string>().ShouldBe("ipfs-ipfs");
        notified[0].Data["sponsor_adapter_access"]!.GetValue<bool>().ShouldBeTrue();
        notified[0].Data["configured_by"]!.GetValue<string>().ShouldBe(alice.UserId);
        (await NotificationsOfAsync(alice.UserId)).Count.ShouldBe(2);
    }

    [Test]
    public async Task ShouldClearTheAdapterWithNull()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);
        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/adapter", new { adapter_type = "ipfs-ipfs" })).ShouldBeOkAsync();

        var cleared = await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/adapter", new { adapter_type = (string?)null })).ShouldBeOkAsync();

        cleared.GetProperty("adapter_type").ValueKind.ShouldBe(JsonValueKind.Null);
        (await (await GetAsync(alice, $"{CircuitsPath}/{circuitId}/adapter")).ShouldBeOkAsync())
            .GetProperty("adapter_type").GetString().ShouldBe("none");
    }

    [TestCase("basic", "stellar_testnet-ipfs", false)]
    [TestCase("professional", "stellar_testnet-ipfs", true)]
    [TestCase("professional", "stellar_mainnet-ipfs", false)]
    [TestCase("enterprise", "StellarMainnetIpfs", true)]
    [TestCase("admin", "polygon-arweave", false)]
    [TestCase("basic", "none", true)]
    public async Task ShouldGateAdaptersByTier(string tier, string adapterType, bool allowed)
    {
        var alice = await RegisterAsync();
        await SetTierAsync(alice, tier);
        var circuitId = await CreateCircuitIdAsync(alice);

        var response = await PutAsync(alice, $"{CircuitsPath}/{circuitId}/adapter", new { adapter_type = adapterType });

        if (allowed)
        {
            await response.ShouldBeOkAsync();
        }
        else
        {
            await response.ShouldBeErrorAsync(HttpStatusCode.Forbidden, "adapter_not_available");
            (await NotificationsOfAsync(alice.UserId)).ShouldBeEmpty();
        }
    }

    [Test]
    public async Task ShouldRefuseAnUnknownAdapter()
    {
        var alice = await RegisterAsync();
        var circuitId = await CreateCircuitIdAsync(alice);

        await (await PutAsync(alice, $"{CircuitsPath}/{circuitId}/adapter", new { adapter_type = "tape" }))
            .ShouldBeValidationErrorAsync("adapter_type", "Invalid adapter type: tape");
    }
}
