using FluentValidation;

namespace DeFarm.Application.Items.Commands.ShareItem;

internal sealed class ShareItemCommandValidator : AbstractValidator<ShareItemCommand>
{
    public const int MaxPermissions = 20;
    public const int MaxPermissionLength = 50;

    public ShareItemCommandValidator()
    {
        RuleFor(c => c.RecipientUserId).NotEmpty().WithMessage("recipient_user_id is required");
        RuleFor(c => c.Permissions)
            .Must(p => p!.Count <= MaxPermissions).WithMessage($"At most {MaxPermissions} permissions")
            .Must(p => p!.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= MaxPermissionLength))
            .WithMessage($"Permissions must be non-blank and at most {MaxPermissionLength} characters")
            .When(c => c.Permissions is not null);
    }
}
