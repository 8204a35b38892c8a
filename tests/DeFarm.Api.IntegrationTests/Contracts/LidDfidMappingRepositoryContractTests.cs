using DeFarm.Application.Common.Exceptions;
using DeFarm.Domain.Items;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class LidDfidMappingRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private static readonly Dfid FirstDfid = Dfid.Create(new DateOnly(2025, 12, 5), 1);

    [Test]
    public async Task ShouldResolveACommittedMapping()
    {
        var lid = Guid.NewGuid();
        await StoreAsync(new LidDfidMapping(lid, FirstDfid, Now));

        await using var read = BeginRequest();

        (await read.LidDfidMappings.GetDfidAsync(lid, None)).ShouldBe(FirstDfid.Value);
    }

    [Test]
    public async Task ShouldAnswerNullForAnUnmappedLid()
    {
        await StoreAsync(new LidDfidMapping(Guid.NewGuid(), FirstDfid, Now));

        await using var read = BeginRequest();

        (await read.LidDfidMappings.GetDfidAsync(Guid.NewGuid(), None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldFindWhichOfSeveralLidsAreMapped()
    {
        var (mapped, unmapped) = (Guid.NewGuid(), Guid.NewGuid());
        await StoreAsync(new LidDfidMapping(mapped, FirstDfid, Now));

        await using var read = BeginRequest();

        (await read.LidDfidMappings.FindMappedAsync([mapped, unmapped], None)).ShouldBe([mapped]);
        (await read.LidDfidMappings.FindMappedAsync([], None)).ShouldBeEmpty();
    }

    [Test]
    public async Task ShouldNotShowAnUncommittedMappingToAnotherRequest()
    {
        var lid = Guid.NewGuid();
        await using var write = BeginRequest();
        write.LidDfidMappings.Add(new LidDfidMapping(lid, FirstDfid, Now));

        await using var read = BeginRequest();
        (await read.LidDfidMappings.GetDfidAsync(lid, None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldRejectASecondMappingForTheSameLid()
    {
        var lid = Guid.NewGuid();
        await StoreAsync(new LidDfidMapping(lid, FirstDfid, Now));

        await Should.ThrowAsync<ConflictException>(() =>
            StoreAsync(new LidDfidMapping(lid, Dfid.Create(new DateOnly(2025, 12, 5), 2), Now)));

        await using var read = BeginRequest();
        (await read.LidDfidMappings.GetDfidAsync(lid, None)).ShouldBe(FirstDfid.Value);
    }

    private async Task StoreAsync(LidDfidMapping mapping)
    {
        await using var request = BeginRequest();
        request.LidDfidMappings.Add(mapping);
        await request.CommitAsync();
    }
}
