using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DeFarm.Infrastructure.Persistence.Configurations;

internal static class ConfigurationExtensions
{
    /// <summary>
    /// Optimistic concurrency on PostgreSQL's <c>xmin</c> system column: a stale update fails with
    /// DbUpdateConcurrencyException (409) instead of overwriting another request's change.
    /// </summary>
    public static void HasRowVersion<T>(this EntityTypeBuilder<T> builder)
        where T : class =>
        builder.Property<uint>("xmin").IsRowVersion();
}
