using DeFarm.Application.Common.Interfaces;
using DeFarm.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Infrastructure.Storage;

internal sealed class StorageAdapterResolver(IServiceProvider services, IpfsSettings ipfs) : IStorageAdapterResolver
{
    public IStorageAdapter Resolve(AdapterType adapterType) => adapterType.Kind switch
    {
        AdapterKind.IpfsIpfs when ipfs.Endpoint is not null => services.GetRequiredService<KuboStorageAdapter>(),
        AdapterKind.IpfsIpfs => services.GetRequiredService<LocalContentAdapter>(),
        _ => throw new InvalidOperationException($"No adapter serves {adapterType.Name}; check StorageAdapterTypes first."),
    };
}
