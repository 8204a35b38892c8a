using DeFarm.Application.Circuits;
using FluentValidation;

namespace DeFarm.Application.Gateway.Circuits.Commands.UpdateCircuit;

internal sealed class UpdateGatewayCircuitCommandValidator : AbstractValidator<UpdateGatewayCircuitCommand>
{
    public const int MaxWebsiteLength = 2000;

    public UpdateGatewayCircuitCommandValidator()
    {
        RuleFor(c => c.Name!).MustBeCircuitName().When(c => c.Name is not null);
        RuleFor(c => c.Description).MaximumLength(CircuitRules.MaxDescriptionLength);
        RuleFor(c => c.CircuitType).MustBeCircuitType();
        RuleFor(c => c.Visibility).MustBeVisibility();
        RuleFor(c => c.Metadata!.PublicDescription).MaximumLength(CircuitRules.MaxDescriptionLength)
            .When(c => c.Metadata is not null).OverridePropertyName("metadata.public_description");
        RuleFor(c => c.Metadata!.PublicContactEmail)
            .Cascade(CascadeMode.Stop)
            .MaximumLength(254).WithMessage("public_contact_email must be at most 254 characters")
            .EmailAddress().WithMessage("public_contact_email is not a valid email address")
            .When(c => !string.IsNullOrWhiteSpace(c.Metadata?.PublicContactEmail))
            .OverridePropertyName("metadata.public_contact_email");
        RuleFor(c => c.Metadata!.PublicWebsite).MaximumLength(MaxWebsiteLength)
            .WithMessage($"public_website must be at most {MaxWebsiteLength} characters")
            .When(c => c.Metadata is not null).OverridePropertyName("metadata.public_website");
    }
}
