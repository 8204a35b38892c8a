using FluentValidation;

namespace DeFarm.Application.Storage.Commands.MigrateItemStorage;

internal sealed class MigrateItemStorageCommandValidator : AbstractValidator<MigrateItemStorageCommand>
{
    public MigrateItemStorageCommandValidator()
    {
        RuleFor(c => c.TargetAdapterType).NotEmpty().WithMessage("target_adapter_type is required");
    }
}
