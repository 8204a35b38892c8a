namespace DeFarm.Domain.Users;

public enum UserTier
{
    Basic,
    Professional,
    Enterprise,
    Admin,
}
