using System.Text.Json.Nodes;
using FluentValidation;

namespace DeFarm.Application.Events.Commands.UpdateEventMetadata;

internal sealed class UpdateEventMetadataCommandValidator : AbstractValidator<UpdateEventMetadataCommand>
{
    public UpdateEventMetadataCommandValidator()
    {
        // An array or a bare value is valid JSON, so the binder's "not valid JSON" would mislead.
        RuleFor(c => c.Metadata).Must(metadata => metadata is JsonObject)
            .WithMessage("The request body must be a JSON object of metadata keys");
    }
}
