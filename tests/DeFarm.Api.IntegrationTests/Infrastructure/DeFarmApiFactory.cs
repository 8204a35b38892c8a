using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DeFarm.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The real API in memory, pointed at the test database by overriding only configuration: the connection
/// string, an SMTP relay on loopback whose mail the tests read, and no webhook delivery workers (hosts sharing
/// the database would race for deliveries; the webhook tests start hosts that run them). <paramref name="settings"/>
/// adds or overrides others.
/// </summary>
public sealed class DeFarmApiFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public FakeSmtpServer Emails { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:DeFarm", connectionString);
        builder.UseSetting("SMTP_HOST", "127.0.0.1");
        builder.UseSetting("SMTP_PORT", Emails.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("SMTP_USE_TLS", "false");
        builder.UseSetting("Webhooks:WorkerEnabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Emails.DisposeAsync();
    }
}
