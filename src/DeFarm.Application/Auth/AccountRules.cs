using DeFarm.Domain.Users;
using FluentValidation;

namespace DeFarm.Application.Auth;

internal static class AccountRules
{
    /// <summary>The email of a self-registered account, on both surfaces.</summary>
    public static IRuleBuilderOptions<T, string> IsAccountEmail<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Email is required")
            .MaximumLength(254).WithMessage("Email must be at most 254 characters long")
            .EmailAddress().WithMessage("Email is not a valid email address");

    /// <summary>The complexity rule of <see cref="PasswordPolicy"/>, reporting its exact message.</summary>
    /// <param name="trimFirst">Reset-password checks the password as it will be stored: trimmed.</param>
    public static IRuleBuilderOptionsConditions<T, string> MeetsPasswordPolicy<T>(
        this IRuleBuilder<T, string> rule, bool trimFirst = false) =>
        rule.Custom((password, context) =>
        {
            var candidate = password ?? string.Empty;
            if (PasswordPolicy.FindViolation(trimFirst ? candidate.Trim() : candidate) is { } violation)
            {
                context.AddFailure(violation);
            }
        });
}
