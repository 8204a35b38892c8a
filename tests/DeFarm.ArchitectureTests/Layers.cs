using System.Reflection;

namespace DeFarm.ArchitectureTests;

/// <summary>Each layer's assembly, loaded through a type that lives in it.</summary>
internal static class Layers
{
    public static readonly Assembly Domain = typeof(DeFarm.Domain.Users.UserAccount).Assembly;
    public static readonly Assembly Application = typeof(DeFarm.Application.DependencyInjection).Assembly;
    public static readonly Assembly Infrastructure = typeof(DeFarm.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Api = typeof(Program).Assembly;
}
