using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Circuits.Commands.CreateCircuit;

internal sealed class CreateCircuitCommandValidator : AbstractValidator<CreateCircuitCommand>
{
    public CreateCircuitCommandValidator()
    {
        RuleFor(c => c.Name).MustBeCircuitName();
        RuleFor(c => c.Description).MaximumLength(CircuitRules.MaxDescriptionLength);
        RuleFor(c => c.AdapterConfig!.AdapterType).MaximumLength(CircuitAdapterType.MaxLength)
            .When(c => c.AdapterConfig is not null).OverridePropertyName("adapter_config.adapter_type");
        RuleFor(c => c.AliasConfig!).SetValidator(new AliasConfigRequestValidator()).When(c => c.AliasConfig is not null);
        RuleFor(c => c.PublicSettings!).SetValidator(new PublicSettingsRequestValidator())
            .When(c => c.PublicSettings is not null);
    }
}

internal sealed class AliasConfigRequestValidator : AbstractValidator<AliasConfigRequest>
{
    public const int MaxEntries = 50;
    public const int MaxEntryLength = 100;

    public AliasConfigRequestValidator()
    {
        RuleFor(a => a.RequiredCanonical).NotNull().WithMessage("alias_config.required_canonical is required")
            .Must(BeBounded).WithMessage(BoundsMessage);
        RuleFor(a => a.RequiredContextual).NotNull().WithMessage("alias_config.required_contextual is required")
            .Must(BeBounded).WithMessage(BoundsMessage);
        RuleFor(a => a.UseFingerprint).NotNull().WithMessage("alias_config.use_fingerprint is required");
        RuleFor(a => a.AutoApplyNamespace).NotNull().WithMessage("alias_config.auto_apply_namespace is required");
        RuleFor(a => a.AllowedNamespaces).Must(BeBounded).WithMessage(BoundsMessage);
    }

    private static string BoundsMessage =>
        $"alias_config lists hold at most {MaxEntries} non-blank entries of at most {MaxEntryLength} characters";

    private static bool BeBounded(IReadOnlyList<string>? entries) =>
        entries is null
        || (entries.Count <= MaxEntries && entries.All(e => !string.IsNullOrWhiteSpace(e) && e.Length <= MaxEntryLength));
}
