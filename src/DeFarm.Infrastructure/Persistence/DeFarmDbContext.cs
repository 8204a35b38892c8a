using DeFarm.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace DeFarm.Infrastructure.Persistence;

public sealed class DeFarmDbContext(DbContextOptions<DeFarmDbContext> options) : DbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<CreditTransaction> CreditTransactions => Set<CreditTransaction>();
    public DbSet<PasswordResetToken> PasswordResetTokens => Set<PasswordResetToken>();
    public DbSet<RevokedAccessToken> RevokedAccessTokens => Set<RevokedAccessToken>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DeFarmDbContext).Assembly);
}
