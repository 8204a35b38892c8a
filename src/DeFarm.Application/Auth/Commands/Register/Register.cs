using DeFarm.Application.Common.Interfaces;
using Mediator;

namespace DeFarm.Application.Auth.Commands.Register;

public sealed record RegisterCommand : ICommand<AuthResponse>
{
    public string Username { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
    public string Email { get; init; } = string.Empty;
    public string? WorkspaceName { get; init; }
}

internal sealed class RegisterCommandHandler(AccountRegistration registration, IAccessTokenService accessTokens)
    : ICommandHandler<RegisterCommand, AuthResponse>
{
    public async ValueTask<AuthResponse> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var account = await registration.RegisterAsync(
            command.Username.Trim(), EmailAddress.Normalize(command.Email), command.Password, command.WorkspaceName,
            fullName: null, cancellationToken);
        return AuthResponse.For(account, accessTokens.Issue(account));
    }
}
