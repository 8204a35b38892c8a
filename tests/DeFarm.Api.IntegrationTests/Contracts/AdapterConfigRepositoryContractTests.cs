using System.Text.Json.Nodes;
using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class AdapterConfigRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldRoundTripEveryFieldIncludingSecrets()
    {
        var connection = new AdapterConnection(
            "https://ipfs.example.com", "key-1", "secret-1", "ApiKey", 1500, 2, 4, new JsonObject { ["X-Token"] = "t" });
        var config = AdapterConfig.Create(
            "Pinata", "Production IPFS", AdapterType.IpfsIpfs, connection, new JsonObject { ["network"] = "n" }, true,
            "admin-1", Now);
        await StoreAsync(config);

        await using var read = BeginRequest();
        var loaded = (await read.Get<IAdapterConfigRepository>().GetByIdAsync(config.ConfigId, None)).ShouldNotBeNull();
        loaded.Name.ShouldBe("Pinata");
        loaded.Description.ShouldBe("Production IPFS");
        loaded.AdapterType.ShouldBe(AdapterType.IpfsIpfs);
        loaded.Connection.Endpoint.ShouldBe("https://ipfs.example.com");
        loaded.Connection.ApiKey.ShouldBe("key-1");
        loaded.Connection.SecretKey.ShouldBe("secret-1");
        loaded.Connection.TimeoutMs.ShouldBe(1500);
        loaded.Connection.CustomHeaders.ToJsonString().ShouldBe("""{"X-Token":"t"}""");
        loaded.ContractConfigs!.ToJsonString().ShouldBe("""{"network":"n"}""");
        loaded.IsActive.ShouldBeTrue();
        loaded.IsDefault.ShouldBeFalse();
        loaded.CreatedBy.ShouldBe("admin-1");
        loaded.CreatedAt.ShouldBe(Now);
        loaded.TestStatus.ShouldBe(AdapterTestStatus.NotTested);
    }

    [Test]
    public async Task ShouldRefuseASecondConfigurationWithTheSameName()
    {
        await StoreAsync(NewConfig("Pinata"));

        await using var write = BeginRequest();
        write.Get<IAdapterConfigRepository>().Add(NewConfig("Pinata"));
        (await Should.ThrowAsync<ConflictException>(write.CommitAsync)).Code.ShouldBe("adapter_config_name_taken");
    }

    [Test]
    public async Task ShouldSwapTheDefaultOfATypeInOneCommit()
    {
        var first = NewConfig("first");
        var second = NewConfig("second");
        first.MakeDefault(Now);
        await StoreAsync(first, second);

        await using (var write = BeginRequest())
        {
            var configs = write.Get<IAdapterConfigRepository>();
            var previous = (await configs.GetDefaultAsync(AdapterType.IpfsIpfs, None)).ShouldNotBeNull();
            previous.ConfigId.ShouldBe(first.ConfigId);
            previous.ClearDefault(Now);
            (await configs.GetByIdAsync(second.ConfigId, None))!.MakeDefault(Now);
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        (await read.Get<IAdapterConfigRepository>().GetDefaultAsync(AdapterType.IpfsIpfs, None))!.ConfigId.ShouldBe(second.ConfigId);
        (await read.Get<IAdapterConfigRepository>().ListAsync(None)).Count(c => c.IsDefault).ShouldBe(1);
    }

    [Test]
    public async Task ShouldRefuseTwoDefaultsOfOneType()
    {
        var first = NewConfig("first");
        first.MakeDefault(Now);
        var second = NewConfig("second");
        await StoreAsync(first, second);

        await using var write = BeginRequest();
        (await write.Get<IAdapterConfigRepository>().GetByIdAsync(second.ConfigId, None))!.MakeDefault(Now);
        (await Should.ThrowAsync<ConflictException>(write.CommitAsync)).Code.ShouldBe("adapter_default_taken");
    }

    [Test]
    public async Task ShouldRemoveAConfigurationAndListTheRestOldestFirst()
    {
        var first = NewConfig("first");
        var second = NewConfig("second", Now.AddMinutes(1));
        var third = NewConfig("third", Now.AddMinutes(2));
        await StoreAsync(third, first, second);

        await using (var write = BeginRequest())
        {
            var configs = write.Get<IAdapterConfigRepository>();
            configs.Remove((await configs.GetByIdAsync(second.ConfigId, None))!);
            await write.CommitAsync();
        }

        await using var read = BeginRequest();
        (await read.Get<IAdapterConfigRepository>().ListAsync(None)).Select(c => c.Name).ShouldBe(["first", "third"]);
        (await read.Get<IAdapterConfigRepository>().GetByIdAsync(second.ConfigId, None)).ShouldBeNull();
    }

    private static AdapterConfig NewConfig(string name, DateTimeOffset? at = null) => AdapterConfig.Create(
        name, string.Empty, AdapterType.IpfsIpfs,
        new AdapterConnection("http://localhost:5001", null, null, "None", 30000, 3, 10, []), null, true, "admin-1",
        at ?? Now);

    private async Task StoreAsync(params AdapterConfig[] configs)
    {
        await using var write = BeginRequest();
        foreach (var config in configs)
        {
            write.Get<IAdapterConfigRepository>().Add(config);
        }

        await write.CommitAsync();
    }
}
