using DeFarm.Application.Auth.Commands.CloseSession;
using DeFarm.Application.Auth.Commands.OpenSession;
using DeFarm.Application.Auth.Commands.RotateRefreshToken;
using DeFarm.Application.Auth.Commands.SignUp;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DeFarm.Api.Gateway.Auth;

/// <summary>
/// Sign-in sessions of the web front end (spa-contract §1.2, §2.1): short-lived access tokens and rotating
/// refresh tokens (ADR-017). All four are reachable without a valid access token: the refresh token is the
/// credential of refresh and logout.
/// </summary>
[Route(GatewaySurface.Prefix + "/auth")]
[AllowAnonymous]
public sealed class GatewayAuthController(ISender sender) : GatewayControllerBase
{
    /// <summary><c>email</c> may also hold a username (the login field is free text).</summary>
    [HttpPost("login")]
    public async Task<GatewayAuthResponse> Login(LoginRequest request, CancellationToken cancellationToken) =>
        GatewayAuthResponse.From(await sender.Send(
            new OpenSessionCommand { Login = request.Email ?? string.Empty, Password = request.Password ?? string.Empty },
            cancellationToken));

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterRequest request, CancellationToken cancellationToken)
    {
        var grant = await sender.Send(
            new SignUpCommand
            {
                Email = request.Email ?? string.Empty,
                Password = request.Password ?? string.Empty,
                FullName = request.FullName,
                WorkspaceSlug = request.WorkspaceSlug,
                WorkspaceName = request.WorkspaceName,
            },
            cancellationToken);
        return StatusCode(StatusCodes.Status201Created, GatewayAuthResponse.From(grant));
    }

    /// <summary>Works with or without a bearer header; only the refresh token counts.</summary>
    [HttpPost("refresh")]
    public async Task<GatewayAuthResponse> Refresh(RefreshRequest request, CancellationToken cancellationToken) =>
        GatewayAuthResponse.From(await sender.Send(
            new RotateRefreshTokenCommand { RefreshToken = request.RefreshToken ?? string.Empty }, cancellationToken));

    /// <summary>Ends the refresh token's session and revokes the bearer token; either suffices (204).</summary>
    [HttpPost("logout")]
    public async Task Logout(
        [FromBody(EmptyBodyBehavior = EmptyBodyBehavior.Allow)] RefreshRequest? request, CancellationToken cancellationToken) =>
        await sender.Send(new CloseSessionCommand { RefreshToken = request?.RefreshToken }, cancellationToken);

    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RegisterRequest(
        string? Email, string? Password, string? FullName, string? WorkspaceSlug, string? WorkspaceName);

    public sealed record RefreshRequest(string? RefreshToken);
}
