using DeFarm.Application.Common.Behaviors;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the mediator with its pipeline (logging → validation → unit of work → audit) and the validators.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(DependencyInjection)];
            options.PipelineBehaviors =
            [
                typeof(UnhandledExceptionBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(UnitOfWorkBehavior<,>),
                typeof(AuditBehavior<,>),
            ];
        });
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);

        services.AddScoped<Auth.AccountRegistration>();
        services.AddScoped<Auth.Sessions.SessionIssuer>();
        services.AddScoped<Items.ItemLoader>();
        services.AddScoped<Items.LidDfidMapper>();
        services.AddScoped<Items.ItemRegistrar.Factory>();
        services.AddScoped<Users.CreditCharger>();
        services.AddScoped<Storage.ItemVersionStorage>();
        services.AddScoped<Events.LocalEventPusher>();
        services.AddScoped<Circuits.Pipeline.CircuitPushPipeline>();
        services.AddScoped<Circuits.Pipeline.LocalItemTokenizer>();
        services.AddScoped<Circuits.Pipeline.PushableItems>();
        services.AddScoped<Circuits.Pipeline.CircuitOperationDecisions>();
        services.AddScoped<Notifications.Notifier>();
        services.AddScoped<Webhooks.PostActionLoader>();
        services.AddScoped<Webhooks.WebhookOutbox>();
        services.AddScoped<Webhooks.WebhookDispatcher>();
        services.AddScoped<Audit.AuditTrail>();
        services.AddAuditDescribers();
        services.AddScoped<Snapshots.SnapshotCapture>();
        services.AddScoped<Snapshots.SnapshotAccess>();
        services.AddScoped<ApiKeys.ApiKeyRateLimiter>();
        services.AddScoped<Gateway.Events.GatewayEventFeed>();
        return services;
    }

    /// <summary>Every <see cref="Audit.IAuditDescriber{TCommand,TResponse}"/> of this assembly, found as validators are.</summary>
    private static void AddAuditDescribers(this IServiceCollection services)
    {
        var describers = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .SelectMany(type => type.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Audit.IAuditDescriber<,>))
                .Select(contract => (contract, type)));
        foreach (var (contract, type) in describers)
        {
            services.AddSingleton(contract, type);
        }
    }
}
