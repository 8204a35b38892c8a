using DeFarm.Application.Auth.Sessions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Common;
using Mediator;

namespace DeFarm.Application.Auth.Commands.SignUp;

/// <summary>
/// Registers an account by email and opens its first session (the web front end's sign-up). The account's
/// username comes from the email's local part (made unique with a random suffix when taken); its workspace is
/// <c>&lt;slug&gt;-workspace</c>, the slug taken from <see cref="WorkspaceSlug"/>, else <see cref="WorkspaceName"/>,
/// else the username (ADR-017).
/// </summary>
public sealed record SignUpCommand : ICommand<SessionGrant>
{
    public const int MaxWorkspaceSlugLength = 60;

    public string Email { get; init; } = string.Empty;
    public string Password { get; init; } = string.Empty;
    public string? FullName { get; init; }
    public string? WorkspaceSlug { get; init; }
    public string? WorkspaceName { get; init; }
}

internal sealed class SignUpCommandHandler(
    IUserRepository users,
    AccountRegistration registration,
    SessionIssuer issuer) : ICommandHandler<SignUpCommand, SessionGrant>
{
    private const int MaxUsernameStemLength = 90;

    public async ValueTask<SessionGrant> Handle(SignUpCommand command, CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(command.Email);
        var username = await FreeUsernameAsync(email, cancellationToken);
        var workspace = new[] { command.WorkspaceSlug, command.WorkspaceName }
            .Select(text => SlugText.From(text ?? string.Empty, SignUpCommand.MaxWorkspaceSlugLength))
            .FirstOrDefault(slug => slug.Length > 0) ?? username;
        var account = await registration.RegisterAsync(
            username, email, command.Password, workspace, command.FullName, cancellationToken);
        return issuer.Open(account);
    }

    /// <summary>The email's local part in username characters; with a random suffix when that name is taken.</summary>
    private async Task<string> FreeUsernameAsync(string email, CancellationToken cancellationToken)
    {
        var localPart = email[..email.IndexOf('@')];
        var stem = new string(localPart.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-').ToArray());
        stem = stem.Length == 0 ? "user" : stem[..Math.Min(stem.Length, MaxUsernameStemLength)];
        return await users.ExistsWithUsernameAsync(stem, cancellationToken)
            ? $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)]
            : stem;
    }
}
