using Microsoft.Extensions.Configuration;

namespace DeFarm.Infrastructure.Email;

/// <summary>
/// SMTP_HOST, SMTP_PORT (587), SMTP_USE_TLS (STARTTLS; default on unless the port is 25), SMTP_USERNAME,
/// SMTP_PASSWORD, FROM_EMAIL and FROM_NAME.
/// </summary>
public sealed record SmtpSettings(
    string? Host, int Port, bool UseTls, string? Username, string? Password, string FromEmail, string FromName)
{
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public static SmtpSettings From(IConfiguration configuration)
    {
        var port = configuration.GetValue("SMTP_PORT", 587);
        return new SmtpSettings(
            configuration["SMTP_HOST"],
            port,
            configuration.GetValue("SMTP_USE_TLS", port != 25),
            configuration["SMTP_USERNAME"],
            configuration["SMTP_PASSWORD"],
            configuration["FROM_EMAIL"] ?? "noreply@defarm.net",
            configuration["FROM_NAME"] ?? "DeFarm");
    }
}
