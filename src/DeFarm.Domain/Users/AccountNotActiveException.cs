using DeFarm.Domain.Common;

namespace DeFarm.Domain.Users;

/// <summary>The account exists and the password matched, but its status forbids signing in (HTTP 403).</summary>
public sealed class AccountNotActiveException(AccountStatus status)
    : DeFarmException(CodeFor(status), MessageFor(status))
{
    public AccountStatus Status { get; } = status;

    private static string CodeFor(AccountStatus status) => status switch
    {
        AccountStatus.Suspended => "account_suspended",
        AccountStatus.Banned => "account_banned",
        AccountStatus.PendingVerification => "account_pending_verification",
        _ => "account_trial_expired",
    };

    private static string MessageFor(AccountStatus status) => status switch
    {
        AccountStatus.Suspended => "Your account has been suspended. Please contact an administrator.",
        AccountStatus.Banned => "Your account has been banned. Please contact an administrator.",
        AccountStatus.PendingVerification => "Your account is pending verification. Please check your email.",
        _ => "Your trial has expired. Please upgrade your account.",
    };
}
