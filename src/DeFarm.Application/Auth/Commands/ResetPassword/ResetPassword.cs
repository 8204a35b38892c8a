using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Common;
using Mediator;

namespace DeFarm.Application.Auth.Commands.ResetPassword;

public sealed record ResetPasswordCommand : ICommand<MessageResponse>, IRetryOnConcurrentUpdate
{
    public string Token { get; init; } = string.Empty;
    public string NewPassword { get; init; } = string.Empty;
}

internal sealed class ResetPasswordCommandHandler(
    IPasswordResetTokenRepository resetTokens,
    IUserRepository users,
    IPasswordHasher passwordHasher,
    TimeProvider clock) : ICommandHandler<ResetPasswordCommand, MessageResponse>
{
    private const int SecretLengthInHex = 64;

    public async ValueTask<MessageResponse> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var tokenHash = Blake3Hash.Hex(DecodeSecret(command.Token.Trim()));
        var now = clock.GetUtcNow();
        var token = await resetTokens.GetByHashAsync(tokenHash, cancellationToken);
        if (token is null || !token.IsUsable(now))
        {
            throw AuthErrors.ExpiredResetToken();
        }

        var user = await users.GetByIdAsync(token.UserId, cancellationToken) ?? throw AuthErrors.ExpiredResetToken();
        user.ChangePasswordHash(passwordHasher.Hash(command.NewPassword.Trim()), now);
        token.MarkUsed(now);
        return new MessageResponse("Password reset successful. You can now log in with your new password.");
    }

    private static byte[] DecodeSecret(string token)
    {
        if (token.Length != SecretLengthInHex || !token.All(char.IsAsciiHexDigit))
        {
            throw AuthErrors.InvalidResetToken();
        }

        return Convert.FromHexString(token);
    }
}
