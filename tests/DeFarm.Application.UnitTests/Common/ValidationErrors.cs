using FluentValidation;

namespace DeFarm.Application.UnitTests.Common;

public static class ValidationErrors
{
    /// <summary>Every failure of <paramref name="instance"/>, as "Property: message", in rule order.</summary>
    public static string[] Of<T>(IValidator<T> validator, T instance) =>
        validator.Validate(instance).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToArray();
}
