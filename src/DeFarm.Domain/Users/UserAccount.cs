using DeFarm.Domain.Common;

namespace DeFarm.Domain.Users;

/// <summary>A person who signs in to DeFarm: identity, tier, status and credit balance.</summary>
public sealed class UserAccount
{
    public const int RegistrationBonusCredits = 100;

    /// <summary>A registered account's own workspace is <c>&lt;name&gt;-workspace</c>, as in the original.</summary>
    public const string WorkspaceIdSuffix = "-workspace";

    private UserAccount()
    {
    }

    private UserAccount(
        string id, string username, string email, string passwordHash, UserTier tier, bool isAdmin,
        string? workspaceId, DateTimeOffset now)
    {
        Id = id;
        Username = username;
        Email = email;
        PasswordHash = passwordHash;
        Tier = tier;
        Status = AccountStatus.Active;
        IsAdmin = isAdmin;
        WorkspaceId = workspaceId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public string Id { get; private set; } = string.Empty;
    public string Username { get; private set; } = string.Empty;
    public string Email { get; private set; } = string.Empty;

    /// <summary>The person's name as they gave it (the web front end's sign-up asks for it); optional.</summary>
    public string? FullName { get; private set; }
    public string PasswordHash { get; private set; } = string.Empty;
    public UserTier Tier { get; private set; }
    public AccountStatus Status { get; private set; }
    public bool IsAdmin { get; private set; }
    public string? WorkspaceId { get; private set; }
    public long Credits { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? LastPasswordResetRequestAt { get; private set; }

    /// <summary>The role an admin gave a non-admin account; <c>null</c> until one does.</summary>
    public UserRole? AssignedRole { get; private set; }

    /// <summary>When an admin deleted the account; it is kept (its records name it) but can no longer sign in.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public TierLimits Limits => TierLimits.For(Tier);

    /// <summary><see cref="UserRole.Admin"/> for admins, else the assigned role, <see cref="UserRole.Editor"/> by default.</summary>
    public UserRole Role => IsAdmin ? UserRole.Admin : AssignedRole ?? UserRole.Editor;

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>
    /// Self-registration: a Basic, Active account in its own workspace, with the registration bonus granted.
    /// The returned transaction must be stored with the account.
    /// </summary>
    public static (UserAccount Account, CreditTransaction Bonus) Register(
        string username, string email, string passwordHash, string? workspaceName, DateTimeOffset now,
        string? fullName = null)
    {
        var workspace = string.IsNullOrWhiteSpace(workspaceName) ? username : workspaceName.Trim();
        var account = new UserAccount(
            $"user-{Guid.NewGuid()}", username, email, passwordHash, UserTier.Basic, isAdmin: false,
            workspace + WorkspaceIdSuffix, now)
        {
            FullName = string.IsNullOrWhiteSpace(fullName) ? null : fullName.Trim(),
        };
        var bonus = account.GrantCredits(
            RegistrationBonusCredits, "New user registration bonus", "registration", now);
        return (account, bonus);
    }

    /// <summary>An account with a fixed id, such as the demo users of engines-api.md §5.4.</summary>
    public static UserAccount CreateWithId(
        string id, string username, string email, string passwordHash, UserTier tier, bool isAdmin,
        string? workspaceId, DateTimeOffset now) =>
        new(id, username, email, passwordHash, tier, isAdmin, workspaceId, now);

    public CreditTransaction GrantCredits(long amount, string description, string? operationType, DateTimeOffset now)
    {
        EnsurePositive(amount);
        Credits += amount;
        UpdatedAt = now;
        return new CreditTransaction(Id, amount, CreditTransactionType.Grant, description, operationType, Credits, now);
    }

    /// <summary>
    /// Takes the price of an operation from the balance, which never goes below zero: an operation the account
    /// cannot pay for is refused whole.
    /// </summary>
    public CreditTransaction ConsumeCredits(
        long amount, string description, string operationType, string? operationId, DateTimeOffset now)
    {
        EnsurePositive(amount);
        if (Credits < amount)
        {
            throw new InsufficientCreditsException(amount, Credits);
        }

        Credits -= amount;
        UpdatedAt = now;
        return new CreditTransaction(
            Id, -amount, CreditTransactionType.Consumption, description, operationType, Credits, now, operationId);
    }

    /// <summary>Gives back what an operation that did not happen (a rejected push or pull) consumed.</summary>
    public CreditTransaction RefundCredits(
        long amount, string description, string operationType, string? operationId, DateTimeOffset now)
    {
        EnsurePositive(amount);
        Credits += amount;
        UpdatedAt = now;
        return new CreditTransaction(
            Id, amount, CreditTransactionType.Refund, description, operationType, Credits, now, operationId);
    }

    /// <summary>Throws <see cref="AccountNotActiveException"/> unless the account may sign in.</summary>
    public void EnsureCanSignIn()
    {
        if (Status != AccountStatus.Active)
        {
            throw new AccountNotActiveException(Status);
        }
    }

    private static void EnsurePositive(long amount)
    {
        if (amount <= 0)
        {
            throw new BusinessRuleException("invalid_credit_amount", "A credit amount must be positive");
        }
    }

    /// <summary>
    /// Notes a password-reset request on the account itself, so concurrent requests for one account collide
    /// and are re-checked against the hourly limit one after the other.
    /// </summary>
    public void RecordPasswordResetRequest(DateTimeOffset now) => LastPasswordResetRequestAt = now;

    public void ChangePasswordHash(string passwordHash, DateTimeOffset now)
    {
        PasswordHash = passwordHash;
        UpdatedAt = now;
    }

    public void ChangeStatus(AccountStatus status, DateTimeOffset now)
    {
        Status = status;
        UpdatedAt = now;
    }

    /// <summary>Gives the account a platform role; <see cref="UserRole.Admin"/> grants the admin right, any other withdraws it.</summary>
    public void ChangeRole(UserRole role, DateTimeOffset now)
    {
        IsAdmin = role == UserRole.Admin;
        AssignedRole = IsAdmin ? null : role;
        UpdatedAt = now;
    }

    /// <summary>Deletes the account softly: it stays on record, suspended, and disappears from the admin lists.</summary>
    public void Delete(DateTimeOffset now)
    {
        DeletedAt ??= now;
        ChangeStatus(AccountStatus.Suspended, now);
    }
}
