using DeFarm.Application.Auth.Sessions;
using FluentValidation;

namespace DeFarm.Application.Auth.Commands.CloseSession;

internal sealed class CloseSessionCommandValidator : AbstractValidator<CloseSessionCommand>
{
    public CloseSessionCommandValidator() =>
        RuleFor(c => c.RefreshToken).MaximumLength(RefreshSecret.MaxTokenLength)
            .WithMessage("refresh_token is not a refresh token");
}
