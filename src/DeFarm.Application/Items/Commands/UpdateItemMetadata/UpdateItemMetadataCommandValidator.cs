using System.Text.Json.Nodes;
using FluentValidation;

namespace DeFarm.Application.Items.Commands.UpdateItemMetadata;

internal sealed class UpdateItemMetadataCommandValidator : AbstractValidator<UpdateItemMetadataCommand>
{
    public UpdateItemMetadataCommandValidator()
    {
        RuleFor(c => c.Metadata).NotNull().WithMessage("metadata is required");
        RuleFor(c => c.Metadata).IsStorableMetadata();
        RuleFor(c => c.Metadata)
            .Must(metadata => metadata![ItemMetadataRules.CircuitIdKey] is JsonValue value
                && value.TryGetValue<string>(out var id) && Guid.TryParse(id, out _))
            .When(c => c.Metadata?.ContainsKey(ItemMetadataRules.CircuitIdKey) == true)
            .OverridePropertyName("metadata.circuit_id")
            .WithMessage("metadata.circuit_id must be a circuit id (a UUID)");
    }
}
