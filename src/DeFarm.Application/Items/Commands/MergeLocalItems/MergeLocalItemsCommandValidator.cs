using DeFarm.Domain.Items;
using FluentValidation;

namespace DeFarm.Application.Items.Commands.MergeLocalItems;

internal sealed class MergeLocalItemsCommandValidator : AbstractValidator<MergeLocalItemsCommand>
{
    public MergeLocalItemsCommandValidator()
    {
        RuleFor(c => c.MasterLid).Must(BeALid).WithMessage("Invalid master_lid format");
        RuleFor(c => c.MergeLids).NotEmpty().WithMessage("merge_lids must not be empty");
        RuleForEach(c => c.MergeLids).Must(BeALid).WithMessage((_, lid) => $"Invalid local_id format in merge_lids: '{lid}'");
        RuleFor(c => c.MergeLids)
            .Must((command, lids) => !lids.Any(lid => SameLid(lid, command.MasterLid)))
            .WithMessage("Cannot merge an item into itself");
        RuleFor(c => c.MergeLids)
            .Must(lids => lids.Where(BeALid).Select(Guid.Parse).Distinct().Count() == lids.Count(BeALid))
            .WithMessage("merge_lids lists the same item twice");
        RuleFor(c => c.MergeStrategy)
            .Must(strategy => MergeStrategies.TryParse(strategy, out _))
            .WithMessage((_, strategy) => LocalItemErrors.InvalidMergeStrategy(strategy));
    }

    public static bool BeALid(string? text) => Guid.TryParse(text, out _);

    private static bool SameLid(string lid, string master) =>
        Guid.TryParse(lid, out var a) && Guid.TryParse(master, out var b) && a == b;
}
