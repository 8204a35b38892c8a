using NetArchTest.Rules;

namespace DeFarm.ArchitectureTests;

/// <summary>
/// Checks a NetArchTest rule and that it examined at least one type: a selection that silently matches
/// nothing would pass vacuously (MMWDDD once lost a whole layer from its rules that way).
/// </summary>
internal static class ArchitectureRule
{
    public static void ShouldHold(Types selection, Func<Types, ConditionList> rule) =>
        Check(selection.GetTypes(), rule(selection));

    public static void ShouldHold(PredicateList selection, Func<PredicateList, ConditionList> rule) =>
        Check(selection.GetTypes(), rule(selection));

    private static void Check(IEnumerable<Type> examined, ConditionList rule)
    {
        examined.ShouldNotBeEmpty("The rule selected no type, so it would pass whatever the code does.");
        var result = rule.GetResult();
        result.IsSuccessful.ShouldBeTrue(
            $"Types breaking the rule: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
