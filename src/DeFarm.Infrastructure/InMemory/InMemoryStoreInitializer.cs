using DeFarm.Application.Users.Commands.SeedDemoUsers;
using DeFarm.Infrastructure.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DeFarm.Infrastructure.InMemory;

/// <summary>Seeds the in-memory store at start-up; it is available from the first request on.</summary>
internal sealed class InMemoryStoreInitializer(IServiceScopeFactory scopes, DatabaseAvailability availability)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SeedDemoUsersCommand(), cancellationToken);
        availability.MarkConnected();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
