using FluentValidation;

namespace DeFarm.Application.Storage.Commands.SetPrimaryStorageLocation;

internal sealed class SetPrimaryStorageLocationCommandValidator : AbstractValidator<SetPrimaryStorageLocationCommand>
{
    public SetPrimaryStorageLocationCommandValidator()
    {
        RuleFor(c => c.StorageLocation).NotNull().WithMessage("storage_location is required");
    }
}
