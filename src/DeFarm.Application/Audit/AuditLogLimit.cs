using FluentValidation;

namespace DeFarm.Application.Audit;

/// <summary>How many entries an audit read covers: <c>limit</c> 1–1000, 100 by default.</summary>
public interface IAuditLogLimit
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    int Limit { get; }
}

internal static class AuditLogLimitRules
{
    public static void ValidatesLimit<T>(this AbstractValidator<T> validator)
        where T : IAuditLogLimit =>
        validator.RuleFor(q => q.Limit).InclusiveBetween(1, IAuditLogLimit.MaxLimit)
            .WithMessage($"limit must be between 1 and {IAuditLogLimit.MaxLimit}");
}
