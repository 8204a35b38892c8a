using DeFarm.Domain.Circuits;
using FluentValidation;

namespace DeFarm.Application.Circuits;

/// <summary>Bounds of circuit texts on every entry point, the same in both stores.</summary>
public static class CircuitRules
{
    public const int MaxDescriptionLength = 5000;
    public const int MaxRoleNameLength = 100;
    public const int MaxColorLength = 50;
    public const int MaxMessageLength = 2000;

    public const int MaxPermissions = 20;

    /// <summary>At most a handful of short names; which names are permissions is checked when parsing (400).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<string>> MustBeFewPermissionNames<T>(
        this IRuleBuilder<T, IReadOnlyList<string>> rule) =>
        rule.Must(p => p.Count <= MaxPermissions && p.All(x => x is { Length: <= 50 }))
            .WithMessage($"permissions holds at most {MaxPermissions} permission names");

    public static IRuleBuilderOptions<T, string> MustBeCircuitName<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("name is required")
            .MaximumLength(Circuit.MaxNameLength).WithMessage($"name must be at most {Circuit.MaxNameLength} characters");
}
