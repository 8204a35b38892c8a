using System.Net;
using System.Net.Mail;
using DeFarm.Application.Common.Interfaces;

namespace DeFarm.Infrastructure.Email;

/// <summary>Sends plain-text mail through the configured SMTP relay.</summary>
internal sealed class SmtpEmailSender(SmtpSettings settings) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(settings.Host, settings.Port) { EnableSsl = settings.UseTls, Timeout = 10_000 };
        if (!string.IsNullOrEmpty(settings.Username))
        {
            client.Credentials = new NetworkCredential(settings.Username, settings.Password);
        }

        using var mail = new MailMessage(
            new MailAddress(settings.FromEmail, settings.FromName), new MailAddress(message.To))
        {
            Subject = message.Subject,
            Body = message.TextBody,
        };
        await client.SendMailAsync(mail, cancellationToken);
    }
}
