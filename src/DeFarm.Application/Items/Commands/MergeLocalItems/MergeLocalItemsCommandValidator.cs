using FluentValidation;

namespace DeFarm.Application.Items.Commands.MergeLocalItems;

internal sealed class MergeLocalItemsCommandValidator : AbstractValidator<MergeLocalItemsCommand>
{
    public MergeLocalItemsCommandValidator()
    {
        RuleFor(c => c.MasterLid).MustBeALid("Invalid master_lid format");
        RuleFor(c => c.MergeLids).NotEmpty().WithMessage("merge_lids must not be empty");
        RuleForEach(c => c.MergeLids).Must(LocalItemRules.IsLid)
            .WithMessage((_, lid) => $"Invalid local_id format in merge_lids: '{lid}'");
        RuleFor(c => c.MergeLids)
            .Must((command, lids) => !lids.Any(lid => SameLid(lid, command.MasterLid)))
            .WithMessage("Cannot merge an item into itself");
        RuleFor(c => c.MergeLids)
            .Must(lids => !lids.Where(LocalItemRules.IsLid).GroupBy(Guid.Parse).Any(g => g.Count() > 1))
            .WithMessage("merge_lids lists the same item twice");
        RuleFor(c => c.MergeStrategy).MustBeAMergeStrategy();
    }

    private static bool SameLid(string lid, string master) =>
        Guid.TryParse(lid, out var a) && Guid.TryParse(master, out var b) && a == b;
}
