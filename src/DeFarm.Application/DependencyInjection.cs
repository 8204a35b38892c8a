using DeFarm.Application.Common.Behaviors;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Application;

public static class DependencyInjection
{
    /// <summary>Registers the mediator with its pipeline (logging → validation → unit of work) and the validators.</summary>
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
            ];
        });
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, includeInternalTypes: true);

        services.AddScoped<Items.LidDfidMapper>();
        services.AddScoped<Storage.ItemVersionStorage>();
        services.AddScoped<Events.LocalEventPusher>();
        services.AddScoped<Circuits.Pipeline.CircuitPushPipeline>();
        services.AddScoped<Circuits.Pipeline.LocalItemTokenizer>();
        services.AddScoped<Circuits.Pipeline.PushableItems>();
        services.AddScoped<Circuits.Pipeline.CircuitOperationDecisions>();
        services.AddScoped<Gateway.Events.GatewayEventFeed>();
        return services;
    }
}
