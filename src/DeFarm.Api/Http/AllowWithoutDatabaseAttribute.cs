namespace DeFarm.Api.Http;

/// <summary>Marks endpoints that answer while the database is down (root and health).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutDatabaseAttribute : Attribute;
