using FluentValidation;

namespace DeFarm.Application.Items.Commands.CreateDescribedItem;

internal sealed class CreateDescribedItemCommandValidator : AbstractValidator<CreateDescribedItemCommand>
{
    public CreateDescribedItemCommandValidator()
    {
        RuleFor(c => c.ValueChain).IsDescriptionText("value_chain");
        RuleFor(c => c.Country).IsDescriptionText("country");
        RuleFor(c => c.Year).NotNull().WithMessage("year is required").IsYear();
        // On creation the circuit is the top-level circuit_id; metadata.circuit_id means "push" only on updates.
        RuleFor(c => c.Metadata).IsStorableMetadata(ItemMetadataRules.CircuitIdKey);
        RuleFor(c => c.Identifiers).AreWellFormed();
        RuleFor(c => c.CircuitId).Must(id => Guid.TryParse(id, out _)).When(c => c.CircuitId is not null)
            .WithMessage("circuit_id must be a circuit id (a UUID) or null");
    }
}
