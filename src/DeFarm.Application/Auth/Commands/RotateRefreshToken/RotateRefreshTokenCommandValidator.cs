using DeFarm.Application.Auth.Sessions;
using FluentValidation;

namespace DeFarm.Application.Auth.Commands.RotateRefreshToken;

internal sealed class RotateRefreshTokenCommandValidator : AbstractValidator<RotateRefreshTokenCommand>
{
    public RotateRefreshTokenCommandValidator() =>
        RuleFor(c => c.RefreshToken)
            .NotEmpty().WithMessage("refresh_token is required")
            .MaximumLength(RefreshSecret.MaxTokenLength).WithMessage("refresh_token is not a refresh token");
}
