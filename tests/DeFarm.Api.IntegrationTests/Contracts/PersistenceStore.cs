using DeFarm.Application;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Infrastructure;
using DeFarm.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace DeFarm.Api.IntegrationTests.Contracts;

/// <summary>
/// The services of one persistence provider, registered exactly as the API registers them
/// (<c>AddInfrastructure</c> chosen by <c>Persistence:Provider</c>), without starting any hosted service.
/// </summary>
public sealed class PersistenceStore : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private PersistenceStore(ServiceProvider services) => _services = services;

    /// <summary>The providers every contract fixture runs against.</summary>
    public static IEnumerable<TestFixtureData> Providers =>
    [
        new TestFixtureData(PersistenceProvider.Postgres).SetArgDisplayNames(nameof(PersistenceProvider.Postgres)),
        new TestFixtureData(PersistenceProvider.InMemory).SetArgDisplayNames(nameof(PersistenceProvider.InMemory)),
    ];

    /// <summary>
    /// A new store. For PostgreSQL it is the migrated test database (empty it first with
    /// <see cref="TestDatabase.ResetAsync"/>); for the in-memory provider every store starts empty.
    /// </summary>
    /// <param name="configure">Extra registrations, such as an EF Core interceptor that records SQL.</param>
    /// <param name="connectionString">Another PostgreSQL database than the shared test database.</param>
    public static PersistenceStore Create(
        PersistenceProvider provider, Action<IServiceCollection>? configure = null, string? connectionString = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Persistence:Provider"] = provider.ToString(),
            ["JWT_SECRET"] = "contract-tests-secret-of-at-least-32-characters",
        };
        if (provider == PersistenceProvider.Postgres)
        {
            settings["ConnectionStrings:DeFarm"] = connectionString ?? TestDatabase.ConnectionString;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddApplication()
            .AddInfrastructure(configuration, new TestHostEnvironment());
        configure?.Invoke(services);
        return new PersistenceStore(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    /// <summary>One request: its own repositories and unit of work, as an HTTP request or a background job gets.</summary>
    public RequestScope BeginRequest() => new(_services.CreateAsyncScope());

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private sealed class TestHostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "ContractTests";
        public string ApplicationName { get; set; } = "DeFarm.Api.IntegrationTests";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>The ports one request sees; disposing it ends the request without committing.</summary>
public sealed class RequestScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public IUserRepository Users => Get<IUserRepository>();

    public ICreditTransactionRepository CreditTransactions => Get<ICreditTransactionRepository>();

    public IPasswordResetTokenRepository ResetTokens => Get<IPasswordResetTokenRepository>();

    public IRevokedAccessTokenRepository RevokedTokens => Get<IRevokedAccessTokenRepository>();

    public IEventRepository Events => Get<IEventRepository>();

    public IEventQueries EventQueries => Get<IEventQueries>();

    public IDfidGenerator Dfids => Get<IDfidGenerator>();

    public IUnitOfWork UnitOfWork => Get<IUnitOfWork>();

    // Items, shares and pending items
    public IItemRepository Items => Get<IItemRepository>();

    public IItemShareRepository ItemShares => Get<IItemShareRepository>();

    public IPendingItemRepository PendingItems => Get<IPendingItemRepository>();

    public IPendingItemQueries PendingItemQueries => Get<IPendingItemQueries>();

    public IItemQueries ItemQueries => Get<IItemQueries>();

    public ILidDfidMappingRepository LidDfidMappings => Get<ILidDfidMappingRepository>();

    public Task CommitAsync() => UnitOfWork.CommitAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => scope.DisposeAsync();

    /// <summary>Any other service of this request, such as a port without a shortcut above.</summary>
    public T Get<T>()
        where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
}
