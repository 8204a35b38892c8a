using System.Text;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Storage;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class ContentStoreContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    [Test]
    public async Task ShouldGiveBackTheBytesStoredUnderACidSoTheyVerify()
    {
        var content = Encoding.UTF8.GetBytes("""{"dfid":"DFID-1"}""");
        var cid = ContentId.Compute(content);
        await using (var write = BeginRequest())
        {
            await write.Get<IContentStore>().PutAsync(cid, content, None);
        }

        await using var read = BeginRequest();
        var fetched = (await read.Get<IContentStore>().GetAsync(cid, None)).ShouldNotBeNull();
        fetched.ShouldBe(content);
        ContentId.Matches(cid, fetched).ShouldBeTrue();
        (await read.Get<IContentStore>().GetAsync(ContentId.Compute("other"u8), None)).ShouldBeNull();
    }

    [Test]
    public async Task ShouldStoreWithoutACommitAndAcceptTheSameContentTwiceEvenAtOnce()
    {
        var content = "same bytes"u8.ToArray();
        var cid = ContentId.Compute(content);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            await using var request = BeginRequest();
            await request.Get<IContentStore>().PutAsync(cid, content, None);
        })));

        await using var read = BeginRequest();
        (await read.Get<IContentStore>().GetAsync(cid, None)).ShouldBe(content);
    }
}
