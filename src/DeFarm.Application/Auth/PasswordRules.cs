using DeFarm.Domain.Users;
using FluentValidation;

namespace DeFarm.Application.Auth;

internal static class PasswordRules
{
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
