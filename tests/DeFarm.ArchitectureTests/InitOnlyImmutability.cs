using Mono.Cecil;
using NetArchTest.Rules;

namespace DeFarm.ArchitectureTests;

/// <summary>
/// NetArchTest's <c>BeImmutable()</c> with one correction: an <c>init</c> accessor counts as immutable.
/// NetArchTest 1.3.2 treats every public setter as mutable, including <c>init</c>, so it would reject the
/// <c>public sealed record … { get; init; }</c> commands the style guide asks for (style-anchors §3 bullet 4).
/// Like <c>BeImmutable()</c>: every instance field is readonly and no property has a public, settable accessor.
/// </summary>
internal sealed class InitOnlyImmutability : ICustomRule
{
    private const string IsExternalInit = "System.Runtime.CompilerServices.IsExternalInit";

    public bool MeetsRule(TypeDefinition type) =>
        type.Fields.Where(f => !f.IsStatic).All(f => f.IsInitOnly)
        && type.Properties.All(p => p.SetMethod is null || !p.SetMethod.IsPublic || IsInitAccessor(p.SetMethod));

    private static bool IsInitAccessor(MethodDefinition setter) =>
        setter.ReturnType is RequiredModifierType { ModifierType.FullName: IsExternalInit };
}
