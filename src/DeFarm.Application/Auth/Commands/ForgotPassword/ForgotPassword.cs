using System.Security.Cryptography;
using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Common.Settings;
using DeFarm.Domain.Common;
using DeFarm.Domain.Users;
using Mediator;

namespace DeFarm.Application.Auth.Commands.ForgotPassword;

/// <summary>Mails a reset link to the account named by email or username; one of the two is required.</summary>
public sealed record ForgotPasswordCommand : ICommand<MessageResponse>, IRetryOnConcurrentUpdate
{
    public string? Email { get; init; }
    public string? Username { get; init; }
}

internal sealed class ForgotPasswordCommandHandler(
    IUserRepository users,
    IPasswordResetTokenRepository resetTokens,
    IUnitOfWork unitOfWork,
    IEmailSender emailSender,
    ICurrentUser caller,
    PasswordResetSettings settings,
    TimeProvider clock) : ICommandHandler<ForgotPasswordCommand, MessageResponse>
{
    // The same answer whether or not the account exists, so the endpoint cannot be used to find accounts.
    private static readonly MessageResponse Accepted =
        new("If the account exists, password reset instructions have been sent.");

    public async ValueTask<MessageResponse> Handle(ForgotPasswordCommand command, CancellationToken cancellationToken)
    {
        var user = !string.IsNullOrWhiteSpace(command.Email)
            ? await users.GetByEmailAsync(EmailAddress.Normalize(command.Email), cancellationToken)
            : await users.GetByUsernameAsync(command.Username!.Trim(), cancellationToken);
        if (user is null)
        {
            return Accepted;
        }

        var now = clock.GetUtcNow();
        var recent = await resetTokens.CountCreatedSinceAsync(user.Id, now - PasswordResetToken.RequestLimitWindow, cancellationToken);
        if (recent >= settings.RateLimitPerHour)
        {
            throw AuthErrors.TooManyResetRequests();
        }

        user.RecordPasswordResetRequest(now);
        var secret = RandomNumberGenerator.GetBytes(32);
        resetTokens.Add(new PasswordResetToken(user.Id, Blake3Hash.Hex(secret), now, caller.IpAddress, caller.UserAgent));

        var link = $"{settings.FrontendUrl.TrimEnd('/')}/reset-password?token={Convert.ToHexStringLower(secret)}";
        var message = new EmailMessage(
            user.Email,
            "Reset your DeFarm password",
            $"Hello {user.Username},\n\nOpen this link within 30 minutes to choose a new password:\n{link}\n\n"
            + "If you did not ask for this, ignore this message.");
        unitOfWork.AfterCommit(ct => emailSender.SendAsync(message, ct));
        return Accepted;
    }
}
