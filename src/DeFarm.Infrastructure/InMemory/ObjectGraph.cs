using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DeFarm.Infrastructure.InMemory;

/// <summary>
/// Deep copies and structural comparison of aggregates by their fields. The in-memory store hands out copies
/// so that a change becomes visible to other requests only when its unit of work commits, as in PostgreSQL.
/// </summary>
internal static class ObjectGraph
{
    public static T Clone<T>(T source)
        where T : class =>
        (T)CloneValue(source, new Dictionary<object, object>(ReferenceEqualityComparer.Instance))!;

    public static bool AreEqual(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.GetType() != right.GetType())
        {
            return false;
        }

        var type = left.GetType();
        if (IsImmutable(type))
        {
            return left.Equals(right);
        }

        return left switch
        {
            JsonNode node => JsonNode.DeepEquals(node, (JsonNode)right),
            Array array => ArraysEqual(array, (Array)right),
            _ => FieldsOf(type).All(f => AreEqual(f.GetValue(left), f.GetValue(right))),
        };
    }

    private static object? CloneValue(object? value, Dictionary<object, object> copies)
    {
        if (value is null || IsImmutable(value.GetType()))
        {
            return value;
        }

        if (copies.TryGetValue(value, out var existing))
        {
            return existing;
        }

        switch (value)
        {
            case JsonNode node:
                return copies[value] = node.DeepClone();
            case Array array:
                var arrayCopy = (Array)array.Clone();
                copies[value] = arrayCopy;
                for (var i = 0; i < array.Length; i++)
                {
                    arrayCopy.SetValue(CloneValue(array.GetValue(i), copies), i);
                }

                return arrayCopy;
        }

        var type = value.GetType();
        var copy = RuntimeHelpers.GetUninitializedObject(type);
        copies[value] = copy;
        foreach (var field in FieldsOf(type))
        {
            field.SetValue(copy, CloneValue(field.GetValue(value), copies));
        }

        return copy;
    }

    private static bool ArraysEqual(Array left, Array right) =>
        left.Length == right.Length
        && Enumerable.Range(0, left.Length).All(i => AreEqual(left.GetValue(i), right.GetValue(i)));

    private static bool IsImmutable(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan)
        || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(TimeOnly)
        || type == typeof(JsonElement) || typeof(Type).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type);

    private static IEnumerable<FieldInfo> FieldsOf(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var field in current.GetFields(
                         BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                yield return field;
            }
        }
    }
}
