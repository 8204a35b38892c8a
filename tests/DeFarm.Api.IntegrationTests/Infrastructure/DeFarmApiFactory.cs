using DeFarm.Application.Common.Interfaces;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real API in memory, pointed at the test database through the connection string. Mail is captured
/// instead of logged so tests can read reset links; <paramref name="settings"/> adds other configuration.
/// </summary>
public sealed class DeFarmApiFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public CapturingEmailSender Emails { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:DeFarm", connectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IEmailSender>(Emails));
    }
}
