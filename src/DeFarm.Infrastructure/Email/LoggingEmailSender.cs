using DeFarm.Application.Common.Interfaces;
using Microsoft.Extensions.Logging;

namespace DeFarm.Infrastructure.Email;

/// <summary>
/// Used when no SMTP host is configured: records that a mail would have been sent. The body, which may hold a
/// reset link, is logged only at Debug level.
/// </summary>
internal sealed partial class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        LogMail(logger, message.To, message.Subject);
        LogBody(logger, message.TextBody);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No SMTP host configured; mail to {To} not sent: {Subject}")]
    private static partial void LogMail(ILogger logger, string to, string subject);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Unsent mail body: {Body}")]
    private static partial void LogBody(ILogger logger, string body);
}
