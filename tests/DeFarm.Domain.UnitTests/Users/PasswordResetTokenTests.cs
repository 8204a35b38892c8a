using DeFarm.Domain.Users;

namespace DeFarm.Domain.UnitTests.Users;

public sealed class PasswordResetTokenTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Test]
    public void ShouldCreateATokenThatExpiresAfterThirtyMinutes()
    {
        var token = new PasswordResetToken("user-1", "hash", Now, "203.0.113.7", "Mozilla/5.0");

        Guid.TryParse(token.Id, out _).ShouldBeTrue(token.Id);
        token.UserId.ShouldBe("user-1");
        token.TokenHash.ShouldBe("hash");
        token.CreatedAt.ShouldBe(Now);
        token.ExpiresAt.ShouldBe(Now.AddMinutes(30));
        token.UsedAt.ShouldBeNull();
        token.IpAddress.ShouldBe("203.0.113.7");
        token.UserAgent.ShouldBe("Mozilla/5.0");
    }

    [Test]
    public void ShouldBeUsableWhenFresh()
    {
        var token = new PasswordResetToken("user-1", "hash", Now, null, null);

        token.IsUsable(Now).ShouldBeTrue();
        token.IsUsable(Now.AddMinutes(30).AddTicks(-1)).ShouldBeTrue();
    }

    [Test]
    public void ShouldNotBeUsableFromThirtyMinutesOn()
    {
        var token = new PasswordResetToken("user-1", "hash", Now, null, null);

        token.IsUsable(Now.AddMinutes(30)).ShouldBeFalse();
        token.IsUsable(Now.AddHours(2)).ShouldBeFalse();
    }

    [Test]
    public void ShouldNotBeUsableOnceUsed()
    {
        var token = new PasswordResetToken("user-1", "hash", Now, null, null);

        token.MarkUsed(Now.AddMinutes(1));

        token.UsedAt.ShouldBe(Now.AddMinutes(1));
        token.IsUsable(Now.AddMinutes(2)).ShouldBeFalse();
    }
}
