using DeFarm.Application.Common.Exceptions;

namespace DeFarm.Infrastructure.Persistence;

/// <summary>Conflicts both storage providers report the same way.</summary>
internal static class PersistenceErrors
{
    public static ConflictException DuplicateKey() =>
        new("duplicate_key", "A resource with the same id or unique value already exists.");

    public static ConflictException MissingReference() =>
        new("missing_reference", "A resource this change refers to does not exist.");
}
