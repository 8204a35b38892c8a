using DeFarm.Domain.ApiKeys;
using FluentValidation;

namespace DeFarm.Application.ApiKeys.Commands.CreateApiKey;

internal sealed class CreateApiKeyCommandValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyCommandValidator()
    {
        RuleFor(c => c.KeyName)
            .Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("key_name is required")
            .MaximumLength(ApiKey.MaxNameLength).WithMessage($"key_name must be at most {ApiKey.MaxNameLength} characters");
        RuleFor(c => c.CircuitId).NotEmpty().WithMessage("circuit_id is required");
        RuleFor(c => c.Description)
            .MaximumLength(ApiKey.MaxDescriptionLength)
            .WithMessage($"description must be at most {ApiKey.MaxDescriptionLength} characters");
        RuleFor(c => c.ExpiresInDays)
            .InclusiveBetween(1, ApiKey.MaxLifetimeDays)
            .WithMessage($"expires_in_days must be between 1 and {ApiKey.MaxLifetimeDays}");
    }
}
