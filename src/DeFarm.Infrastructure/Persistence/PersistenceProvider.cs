namespace DeFarm.Infrastructure.Persistence;

public enum PersistenceProvider
{
    Auto,
    Postgres,
    InMemory,
}
