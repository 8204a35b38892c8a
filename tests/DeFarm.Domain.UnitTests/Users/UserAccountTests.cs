using DeFarm.Domain.Common;
using DeFarm.Domain.Users;

namespace DeFarm.Domain.UnitTests.Users;

public sealed class UserAccountTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Test]
    public void ShouldRegisterAnActiveBasicAccountWithTheGivenIdentity()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        account.Username.ShouldBe("alice");
        account.Email.ShouldBe("alice@example.com");
        account.PasswordHash.ShouldBe("hash");
        account.Tier.ShouldBe(UserTier.Basic);
        account.Status.ShouldBe(AccountStatus.Active);
        account.IsAdmin.ShouldBeFalse();
        account.Credits.ShouldBe(100);
        account.CreatedAt.ShouldBe(Now);
        account.UpdatedAt.ShouldBe(Now);
        account.Limits.ShouldBe(TierLimits.For(UserTier.Basic));
    }

    [Test]
    public void ShouldGiveARegisteredAccountAUserPrefixedGuidId()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        account.Id.ShouldStartWith("user-", Case.Sensitive);
        Guid.TryParseExact(account.Id["user-".Length..], "D", out var guid).ShouldBeTrue(account.Id);
        guid.ShouldNotBe(Guid.Empty);
    }

    [Test]
    public void ShouldGiveEveryRegistrationItsOwnId()
    {
        var (first, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);
        var (second, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        second.Id.ShouldNotBe(first.Id);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void ShouldNameTheWorkspaceAfterTheUsernameWithoutAWorkspaceName(string? workspaceName)
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", workspaceName, Now);

        account.WorkspaceId.ShouldBe("alice-workspace");
    }

    [Test]
    public void ShouldNameTheWorkspaceAfterTheTrimmedWorkspaceName()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", "  Green Farm  ", Now);

        account.WorkspaceId.ShouldBe("Green Farm-workspace");
    }

    [Test]
    public void ShouldRecordTheRegistrationBonusAsAGrant()
    {
        var (account, bonus) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        bonus.Id.ShouldNotBe(Guid.Empty);
        bonus.UserId.ShouldBe(account.Id);
        bonus.Type.ShouldBe(CreditTransactionType.Grant);
        bonus.Amount.ShouldBe(100);
        bonus.BalanceAfter.ShouldBe(100);
        bonus.Description.ShouldBe("New user registration bonus");
        bonus.OperationType.ShouldBe("registration");
        bonus.OperationId.ShouldBeNull();
        bonus.Timestamp.ShouldBe(Now);
    }

    [Test]
    public void ShouldCreateAnAccountWithAFixedIdAndNoCredits()
    {
        var account = UserAccount.CreateWithId(
            "hen-admin-001", "hen", "hen@defarm.com", "hash", UserTier.Admin, isAdmin: true, "hen-workspace", Now);

        account.Id.ShouldBe("hen-admin-001");
        account.Tier.ShouldBe(UserTier.Admin);
        account.IsAdmin.ShouldBeTrue();
        account.WorkspaceId.ShouldBe("hen-workspace");
        account.Status.ShouldBe(AccountStatus.Active);
        account.Credits.ShouldBe(0);
    }

    [Test]
    public void ShouldAddGrantedCreditsAndReturnTheTransaction()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        var grant = account.GrantCredits(250, "Top-up", "purchase", Now.AddHours(1));

        account.Credits.ShouldBe(350);
        account.UpdatedAt.ShouldBe(Now.AddHours(1));
        grant.UserId.ShouldBe(account.Id);
        grant.Amount.ShouldBe(250);
        grant.Type.ShouldBe(CreditTransactionType.Grant);
        grant.Description.ShouldBe("Top-up");
        grant.OperationType.ShouldBe("purchase");
        grant.BalanceAfter.ShouldBe(350);
        grant.Timestamp.ShouldBe(Now.AddHours(1));
    }

    [TestCase(0L)]
    [TestCase(-1L)]
    [TestCase(long.MinValue)]
    public void ShouldRejectANonPositiveGrant(long amount)
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        var exception = Should.Throw<BusinessRuleException>(
            () => account.GrantCredits(amount, "Nothing", null, Now.AddHours(1)));

        exception.Code.ShouldBe("invalid_credit_amount");
        exception.Message.ShouldBe("A credit amount must be positive");
        account.Credits.ShouldBe(100);
        account.UpdatedAt.ShouldBe(Now);
    }

    [Test]
    public void ShouldConsumeCreditsAndRecordTheOperation()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        var consumption = account.ConsumeCredits(30, "Item creation", "item_creation", "DFID-1", Now.AddHours(1));

        account.Credits.ShouldBe(70);
        consumption.Amount.ShouldBe(-30);
        consumption.Type.ShouldBe(CreditTransactionType.Consumption);
        consumption.OperationType.ShouldBe("item_creation");
        consumption.OperationId.ShouldBe("DFID-1");
        consumption.BalanceAfter.ShouldBe(70);
    }

    [Test]
    public void ShouldRefuseAnOperationTheBalanceCannotPayForWhole()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        var exception = Should.Throw<InsufficientCreditsException>(
            () => account.ConsumeCredits(101, "Import", "item_creation", null, Now.AddHours(1)));

        exception.Code.ShouldBe("insufficient_credits");
        exception.Message.ShouldBe("This operation costs 101 credits and the account has 100");
        account.Credits.ShouldBe(100);
        account.UpdatedAt.ShouldBe(Now);
    }

    [Test]
    public void ShouldRefundWhatAnOperationConsumed()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);
        account.ConsumeCredits(3, "Push", "circuit_operation", "op-1", Now);

        var refund = account.RefundCredits(3, "Push rejected", "circuit_operation", "op-1", Now.AddHours(1));

        account.Credits.ShouldBe(100);
        refund.Amount.ShouldBe(3);
        refund.Type.ShouldBe(CreditTransactionType.Refund);
        refund.BalanceAfter.ShouldBe(100);
    }

    [Test]
    public void ShouldLetAnActiveAccountSignIn()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        Should.NotThrow(account.EnsureCanSignIn);
    }

    [TestCase(AccountStatus.Suspended, "account_suspended",
        "Your account has been suspended. Please contact an administrator.")]
    [TestCase(AccountStatus.Banned, "account_banned",
        "Your account has been banned. Please contact an administrator.")]
    [TestCase(AccountStatus.PendingVerification, "account_pending_verification",
        "Your account is pending verification. Please check your email.")]
    [TestCase(AccountStatus.TrialExpired, "account_trial_expired",
        "Your trial has expired. Please upgrade your account.")]
    public void ShouldRefuseSignInWithTheMessageOfTheStatus(AccountStatus status, string code, string message)
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);
        account.ChangeStatus(status, Now.AddMinutes(1));

        var exception = Should.Throw<AccountNotActiveException>(account.EnsureCanSignIn);

        exception.Status.ShouldBe(status);
        exception.Code.ShouldBe(code);
        exception.Message.ShouldBe(message);
    }

    [Test]
    public void ShouldStampTheUpdateTimeWhenTheStatusChanges()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        account.ChangeStatus(AccountStatus.Suspended, Now.AddMinutes(5));

        account.Status.ShouldBe(AccountStatus.Suspended);
        account.UpdatedAt.ShouldBe(Now.AddMinutes(5));
    }

    [Test]
    public void ShouldStampTheUpdateTimeWhenThePasswordHashChanges()
    {
        var (account, _) = UserAccount.Register("alice", "alice@example.com", "hash", null, Now);

        account.ChangePasswordHash("new-hash", Now.AddMinutes(5));

        account.PasswordHash.ShouldBe("new-hash");
        account.UpdatedAt.ShouldBe(Now.AddMinutes(5));
    }
}
