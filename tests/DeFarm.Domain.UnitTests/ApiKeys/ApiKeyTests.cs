using DeFarm.Domain.ApiKeys;
using DeFarm.Domain.Common;

namespace DeFarm.Domain.UnitTests.ApiKeys;

public sealed class ApiKeyTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void ShouldIssueADfmSecretAndKeepOnlyItsHashAndPrefix()
    {
        var (key, secret) = ApiKey.Issue("alice", Guid.NewGuid(), " ERP ", null, 30, Now);

        secret.ShouldMatch("^dfm_[A-Za-z0-9]{32}$");
        (key.KeyHash, key.KeyPrefix, key.Name, key.ExpiresAt, key.IsActive).ShouldBe((Blake3Hash.Hex(secret), secret[..8], "ERP", Now.AddDays(30), true));
        ApiKey.LooksLikeSecret(secret).ShouldBeTrue();
        ApiKey.Issue("alice", Guid.NewGuid(), "k", null, null, Now).Secret.ShouldNotBe(secret);
    }

    [TestCase("dfm_short")]
    [TestCase("abc_0123456789012345678901234567890")]
    [TestCase("dfm_0123456789012345678901234567-9")]
    public void ShouldNotTakeOtherTextForASecret(string text)
    {
        ApiKey.LooksLikeSecret(text).ShouldBeFalse();
    }

    [Test]
    public void ShouldRefuseUseOnceRevokedOrExpired()
    {
        var (key, _) = ApiKey.Issue("alice", Guid.NewGuid(), "k", null, 1, Now);

        key.RefusalAt(Now).ShouldBeNull();
        key.RefusalAt(Now.AddDays(1)).ShouldBe(ApiKeyRefusal.Expired);
        key.Revoke(Now.AddMinutes(1));
        key.Revoke(Now.AddMinutes(2));
        (key.RefusalAt(Now), key.RevokedAt).ShouldBe((ApiKeyRefusal.Revoked, Now.AddMinutes(1)));
    }

    [TestCase(0)]
    [TestCase(ApiKey.MaxLifetimeDays + 1)]
    public void ShouldRefuseAnExpiryOutsideItsRange(int days)
    {
        Should.Throw<BusinessRuleException>(() => ApiKey.Issue("alice", Guid.NewGuid(), "k", null, days, Now));
    }
}
