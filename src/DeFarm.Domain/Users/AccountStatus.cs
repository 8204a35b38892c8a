namespace DeFarm.Domain.Users;

public enum AccountStatus
{
    Active,
    Suspended,
    Banned,
    PendingVerification,
    TrialExpired,
}
