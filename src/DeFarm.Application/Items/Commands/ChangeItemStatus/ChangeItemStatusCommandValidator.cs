using FluentValidation;

namespace DeFarm.Application.Items.Commands.ChangeItemStatus;

internal sealed class ChangeItemStatusCommandValidator : AbstractValidator<ChangeItemStatusCommand>
{
    public ChangeItemStatusCommandValidator() =>
        RuleFor(c => c.Status)
            .Must(status => status is not null && ChangeItemStatusCommand.Settable.ContainsKey(status.Trim()))
            .WithMessage(c => $"Unsupported status '{c.Status}'; allowed: {string.Join(", ", ChangeItemStatusCommand.Settable.Keys)}");
}
