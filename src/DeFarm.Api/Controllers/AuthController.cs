using DeFarm.Application.Auth;
using DeFarm.Application.Auth.Commands.ForgotPassword;
using DeFarm.Application.Auth.Commands.Login;
using DeFarm.Application.Auth.Commands.Logout;
using DeFarm.Application.Auth.Commands.RefreshToken;
using DeFarm.Application.Auth.Commands.Register;
using DeFarm.Application.Auth.Commands.ResetPassword;
using DeFarm.Application.Auth.Queries.GetProfile;
using DeFarm.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DeFarm.Api.Controllers;

/// <summary>Accounts and sign-in (engines-api.md §4.3).</summary>
[ApiController]
[Route("api/auth")]
public sealed class AuthController(ISender sender) : ControllerBase
{
    [AllowAnonymous]
    [HttpPost("register")]
    public async Task<AuthResponse> Register(RegisterCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    [AllowAnonymous]
    [HttpPost("login")]
    public async Task<AuthResponse> Login(LoginCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    public async Task<MessageResponse> ForgotPassword(ForgotPasswordCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    [AllowAnonymous]
    [HttpPost("reset-password")]
    public async Task<MessageResponse> ResetPassword(ResetPasswordCommand command, CancellationToken cancellationToken) =>
        await sender.Send(command, cancellationToken);

    [HttpGet("profile")]
    public async Task<ProfileDto> Profile(CancellationToken cancellationToken) =>
        await sender.Send(new GetProfileQuery(), cancellationToken);

    [HttpPost("refresh")]
    public async Task<AuthResponse> Refresh(CancellationToken cancellationToken) =>
        await sender.Send(new RefreshTokenCommand(), cancellationToken);

    /// <summary>Revokes the presented token; it is refused from now until it would have expired.</summary>
    [HttpPost("logout")]
    public async Task<MessageResponse> Logout(CancellationToken cancellationToken) =>
        await sender.Send(new LogoutCommand(), cancellationToken);
}
