using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Common.Settings;
using DeFarm.Infrastructure.Bench;
using DeFarm.Infrastructure.Circuits;
using DeFarm.Infrastructure.Email;
using DeFarm.Infrastructure.InMemory;
using DeFarm.Infrastructure.InMemory.Repositories;
using DeFarm.Infrastructure.Maintenance;
using DeFarm.Infrastructure.Notifications;
using DeFarm.Infrastructure.Persistence;
using DeFarm.Infrastructure.Persistence.Repositories;
using DeFarm.Infrastructure.Security;
using DeFarm.Infrastructure.Storage;
using DeFarm.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeFarm.Infrastructure;

public static class DependencyInjection
{
    public const string ReadinessTag = "ready";

    /// <summary>
    /// Registers exactly one persistence family, chosen by <see cref="PersistenceConfiguration"/>, plus security,
    /// mail and background jobs. Fails fast on an unknown provider, a missing connection string or JWT secret.
    /// </summary>
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var persistence = PersistenceConfiguration.From(configuration);
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(persistence);
        services.AddSingleton(database);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new DatabaseAvailability(
            persistence.Provider, database, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDatabaseStatus>(sp => sp.GetRequiredService<DatabaseAvailability>());

        if (persistence.Provider == PersistenceProvider.Postgres)
        {
            var connectionString = database.Apply(persistence.ConnectionString!);
            AddPostgres(services, connectionString, database);
            if (configuration.GetValue("Bench:RawTwinEndpoint", false))
            {
                services.AddSingleton(sp => new RawItemTwin(connectionString, sp.GetRequiredService<TimeProvider>()));
            }
        }
        else
        {
            AddInMemory(services);
        }

        // Demo users are for trying the API: on by default in Development and in memory, off in Production.
        var seedByDefault = environment.IsDevelopment() || persistence.Provider == PersistenceProvider.InMemory;
        services.AddSingleton(new DemoSeedSettings(
            configuration.GetValue("Seed:DemoUsers", seedByDefault),
            configuration["Seed:DemoPassword"] ?? "demo123"));

        AddStorageAdapters(services, configuration);
        AddWebhooksAndNotifications(services, configuration);

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadinessTag]);
        AddSecurity(services, configuration, environment);
        AddMail(services, configuration);
        services.AddHostedService<CredentialCleanupService>();
        return services;
    }

    private static void AddPostgres(IServiceCollection services, string connectionString, DatabaseSettings settings)
    {
        var retryBudget = TimeSpan.FromSeconds(settings.RetryBudgetSeconds);
        // Interceptors registered as IInterceptor (diagnostics, the query-plan tests) are attached to every context.
        services.AddDbContextPool<DeFarmDbContext>((provider, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql
                .ExecutionStrategy(dependencies => new BoundedRetryingExecutionStrategy(dependencies, retryBudget)))
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(provider.GetServices<IInterceptor>()));
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IUserRepository, EfUserRepository>();
        services.AddScoped<ICreditTransactionRepository, EfCreditTransactionRepository>();
        services.AddScoped<IPasswordResetTokenRepository, EfPasswordResetTokenRepository>();
        services.AddScoped<IRevokedAccessTokenRepository, EfRevokedAccessTokenRepository>();
        services.AddScoped<ISignInSessionRepository, EfSignInSessionRepository>();
        services.AddScoped<IItemRepository, EfItemRepository>();
        services.AddScoped<IPendingItemRepository, EfPendingItemRepository>();
        services.AddScoped<IItemQueries, EfItemQueries>();

        // Item shares and pending-item review
        services.AddScoped<IItemShareRepository, EfItemShareRepository>();
        services.AddScoped<IPendingItemQueries, EfPendingItemQueries>();

        services.AddScoped<ILidDfidMappingRepository, EfLidDfidMappingRepository>();
        services.AddScoped<IDfidGenerator, PostgresDfidGenerator>();

        services.AddScoped<IEventRepository, EfEventRepository>();
        services.AddScoped<IEventQueries, EfEventQueries>();

        services.AddScoped<IStorageHistoryRepository, EfStorageHistoryRepository>();
        services.AddScoped<IStorageHistoryQueries, EfStorageHistoryQueries>();
        services.AddScoped<ICidTimelineRepository, EfCidTimelineRepository>();
        services.AddScoped<IIndexingProgressRepository, EfIndexingProgressRepository>();
        services.AddScoped<IAdapterConfigRepository, EfAdapterConfigRepository>();
        services.AddScoped<IContentStore, EfContentStore>();
        // Circuits, their records and notifications
        services.AddScoped<ICircuitRepository, EfCircuitRepository>();
        services.AddScoped<ICircuitQueries, EfCircuitQueries>();
        services.AddScoped<ICircuitItemRepository, EfCircuitItemRepository>();
        services.AddScoped<ICircuitOperationRepository, EfCircuitOperationRepository>();
        services.AddScoped<ICircuitActivityRepository, EfCircuitActivityRepository>();
        services.AddScoped<ICircuitMembership, EfCircuitMembership>();
        services.AddScoped<IItemPublication, EfItemPublication>();
        services.AddScoped<INotificationRepository, EfNotificationRepository>();
        services.AddScoped<ITokenIndexRepository, EfTokenIndexRepository>();
        services.AddScoped<IWebhookDeliveryRepository, EfWebhookDeliveryRepository>();

        // Audit chains, snapshots, partner API keys, admin pages
        services.AddScoped<IAuditLogRepository, EfAuditLogRepository>();
        services.AddScoped<ISnapshotRepository, EfSnapshotRepository>();
        services.AddScoped<ISnapshotQueries, EfSnapshotQueries>();
        services.AddScoped<IApiKeyRepository, EfApiKeyRepository>();
        services.AddScoped<IApiKeyUsage, EfApiKeyUsage>();
        services.AddScoped<ICanonicalIdentifierTypeRepository, EfCanonicalIdentifierTypeRepository>();
        services.AddScoped<IUserQueries, EfUserQueries>();
        services.AddScoped<IAdminStatisticsQueries, EfAdminStatisticsQueries>();

        services.AddSingleton<PostgresExceptionTranslator>();
        services.AddSingleton<IExceptionTranslator>(sp => sp.GetRequiredService<PostgresExceptionTranslator>());
        services.AddHostedService<DatabaseConnectivityService>();
    }

    private static void AddInMemory(IServiceCollection services)
    {
        services.AddSingleton<InMemoryDatabase>();
        services.AddScoped<InMemoryUnitOfWork>();
        services.AddScoped<IUnitOfWork>(sp => sp.GetRequiredService<InMemoryUnitOfWork>());
        services.AddScoped<IUserRepository, InMemoryUserRepository>();
        services.AddScoped<ICreditTransactionRepository, InMemoryCreditTransactionRepository>();
        services.AddScoped<IPasswordResetTokenRepository, InMemoryPasswordResetTokenRepository>();
        services.AddScoped<IRevokedAccessTokenRepository, InMemoryRevokedAccessTokenRepository>();
        services.AddScoped<ISignInSessionRepository, InMemorySignInSessionRepository>();
        services.AddScoped<IItemRepository, InMemoryItemRepository>();
        services.AddScoped<IPendingItemRepository, InMemoryPendingItemRepository>();
        services.AddScoped<IItemQueries, InMemoryItemQueries>();

        // Item shares and pending-item review
        services.AddScoped<IItemShareRepository, InMemoryItemShareRepository>();
        services.AddScoped<IPendingItemQueries, InMemoryPendingItemQueries>();

        services.AddScoped<ILidDfidMappingRepository, InMemoryLidDfidMappingRepository>();
        services.AddSingleton<IDfidGenerator, InMemoryDfidGenerator>();

        services.AddScoped<IEventRepository, InMemoryEventRepository>();
        services.AddScoped<IEventQueries, InMemoryEventQueries>();

        services.AddScoped<IStorageHistoryRepository, InMemoryStorageHistoryRepository>();
        services.AddScoped<IStorageHistoryQueries, InMemoryStorageHistoryQueries>();
        services.AddScoped<ICidTimelineRepository, InMemoryCidTimelineRepository>();
        services.AddScoped<IIndexingProgressRepository, InMemoryIndexingProgressRepository>();
        services.AddScoped<IAdapterConfigRepository, InMemoryAdapterConfigRepository>();
        services.AddScoped<IContentStore, InMemoryContentStore>();
        // Circuits, their records and notifications
        services.AddScoped<ICircuitRepository, InMemoryCircuitRepository>();
        services.AddScoped<ICircuitQueries, InMemoryCircuitQueries>();
        services.AddScoped<ICircuitItemRepository, InMemoryCircuitItemRepository>();
        services.AddScoped<ICircuitOperationRepository, InMemoryCircuitOperationRepository>();
        services.AddScoped<ICircuitActivityRepository, InMemoryCircuitActivityRepository>();
        services.AddScoped<ICircuitMembership, InMemoryCircuitMembership>();
        services.AddScoped<IItemPublication, InMemoryItemPublication>();
        services.AddScoped<INotificationRepository, InMemoryNotificationRepository>();
        services.AddScoped<ITokenIndexRepository, InMemoryTokenIndexRepository>();
        services.AddScoped<IWebhookDeliveryRepository, InMemoryWebhookDeliveryRepository>();

        // Audit chains, snapshots, partner API keys, admin pages
        services.AddScoped<IAuditLogRepository, InMemoryAuditLogRepository>();
        services.AddScoped<ISnapshotRepository, InMemorySnapshotRepository>();
        services.AddScoped<ISnapshotQueries, InMemorySnapshotQueries>();
        services.AddScoped<IApiKeyRepository, InMemoryApiKeyRepository>();
        services.AddScoped<IApiKeyUsage, InMemoryApiKeyUsage>();
        services.AddScoped<ICanonicalIdentifierTypeRepository, InMemoryCanonicalIdentifierTypeRepository>();
        services.AddScoped<IUserQueries, InMemoryUserQueries>();
        services.AddScoped<IAdminStatisticsQueries, InMemoryAdminStatisticsQueries>();

        services.AddHostedService<InMemoryStoreInitializer>();
    }

    /// <summary>The adapters behind <c>ipfs-ipfs</c>: a Kubo node when <c>IPFS_ENDPOINT</c> is set, else the content store.</summary>
    private static void AddStorageAdapters(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(IpfsSettings.From(configuration));
        // Each attempt has its own timeout inside KuboClient; the client-wide one must not cut retries short.
        services.AddHttpClient<KuboClient>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddScoped<KuboStorageAdapter>();
        services.AddScoped<LocalContentAdapter>();
        services.AddScoped<IStorageAdapterResolver, StorageAdapterResolver>();
    }

    /// <summary>
    /// Webhook delivery (the guarded HTTP client, the outbox workers) and live notifications, from
    /// <c>Webhooks:TimeoutSeconds</c> (10), <c>Webhooks:PollIntervalMs</c> (2000), <c>Webhooks:Concurrency</c> (4),
    /// <c>Webhooks:WorkerEnabled</c> (true) and <c>Webhooks:AllowedHosts</c> (comma-separated; none by default).
    /// </summary>
    private static void AddWebhooksAndNotifications(IServiceCollection services, IConfiguration configuration)
    {
        var allowedHosts = configuration.GetSection("Webhooks:AllowedHosts");
        services.AddSingleton(new WebhookSettings(
            TimeSpan.FromSeconds(configuration.GetValue("Webhooks:TimeoutSeconds", 10.0)),
            TimeSpan.FromMilliseconds(configuration.GetValue("Webhooks:PollIntervalMs", 2000)),
            Math.Max(1, configuration.GetValue("Webhooks:Concurrency", 4)),
            configuration.GetValue("Webhooks:WorkerEnabled", true),
            (allowedHosts.Value?.Split(',') ?? allowedHosts.GetChildren().Select(c => c.Value ?? string.Empty).ToArray())
                .Select(host => host.Trim()).Where(host => host.Length > 0).ToList()));
        services.AddSingleton<WebhookAddressGuard>();
        services.AddSingleton<IWebhookUrlGuard>(sp => sp.GetRequiredService<WebhookAddressGuard>());
        // The attempt timeout is enforced per call by the sender; the client-wide one must not cut it short.
        services.AddHttpClient(GuardedWebhookSender.ClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp => GuardedWebhookSender.CreateHandler(sp.GetRequiredService<WebhookAddressGuard>()));
        services.AddSingleton<IWebhookSender, GuardedWebhookSender>();
        services.AddSingleton<WebhookDeliverySignal>();
        services.AddSingleton<IWebhookDeliverySignal>(sp => sp.GetRequiredService<WebhookDeliverySignal>());
        services.AddHostedService<WebhookDeliveryWorker>();
        services.AddSingleton<INotificationFeed, InProcessNotificationFeed>();
    }

    private static void AddSecurity(IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(JwtSettings.From(configuration, environment));
        services.AddSingleton<IAccessTokenService, JwtAccessTokenService>();
        services.AddSingleton<IPasswordHasher, BcryptPasswordHasher>();
        services.AddSingleton(new CreditSettings(configuration.GetValue("Credits:Charge", false)));
        services.AddSingleton(new PasswordResetSettings(
            configuration.GetValue("PASSWORD_RESET_RATE_LIMIT_PER_HOUR", 3),
            configuration["FRONTEND_URL"] ?? "https://connect.defarm.net"));
        services.AddSingleton(new SessionSettings(
            TimeSpan.FromMinutes(configuration.GetValue("Gateway:AccessTokenMinutes", 15.0)),
            TimeSpan.FromDays(configuration.GetValue("Gateway:RefreshTokenDays", 30.0)),
            TimeSpan.FromSeconds(configuration.GetValue("Gateway:RefreshReuseGraceSeconds", 30.0))));
    }

    private static void AddMail(IServiceCollection services, IConfiguration configuration)
    {
        var smtp = SmtpSettings.From(configuration);
        services.AddSingleton(smtp);
        if (smtp.IsConfigured)
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, LoggingEmailSender>();
        }
    }
}
