using FluentValidation;

namespace DeFarm.Application.Items.Commands.ImportItemsCsv;

internal sealed class ImportItemsCsvCommandValidator : AbstractValidator<ImportItemsCsvCommand>
{
    public ImportItemsCsvCommandValidator()
    {
        RuleFor(c => c.Csv).NotEmpty().OverridePropertyName("file").WithMessage("file is required: a CSV file of items");
        RuleFor(c => c.CircuitId).Must(id => Guid.TryParse(id, out _)).When(c => c.CircuitId is not null)
            .WithMessage("circuit_id must be a circuit id (a UUID)");
    }
}
