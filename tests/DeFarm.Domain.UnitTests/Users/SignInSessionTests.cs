using DeFarm.Domain.Users;

namespace DeFarm.Domain.UnitTests.Users;

public sealed class SignInSessionTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    [Test]
    public void ShouldExtendTheSessionAndKeepTheFirstExchangeTimeOfAToken()
    {
        var (session, first) = SignInSession.Open("alice", "Firefox", "10.0.0.1", "h1", Now, Lifetime);

        var second = session.Rotate(first, "h2", "Chrome", "10.0.0.2", Now.AddMinutes(10), Lifetime);
        session.Rotate(first, "h3", "Chrome", "10.0.0.2", Now.AddMinutes(10).AddSeconds(5), Lifetime);

        first.RotatedAt.ShouldBe(Now.AddMinutes(10));
        second.RotatedAt.ShouldBeNull();
        (second.SessionId, second.ExpiresAt).ShouldBe((session.Id, Now.AddMinutes(10) + Lifetime));
        (session.LastActivityAt, session.ExpiresAt, session.UserAgent).ShouldBe(
            (Now.AddMinutes(10).AddSeconds(5), Now.AddMinutes(10).AddSeconds(5) + Lifetime, "Chrome"));
    }

    [Test]
    public void ShouldCallAnExchangedTokenReusedOnlyAfterTheGrace()
    {
        var (session, first) = SignInSession.Open("alice", null, null, "h1", Now, Lifetime);
        session.Rotate(first, "h2", null, null, Now, Lifetime);

        first.IsReusedAt(Now + Grace, Grace).ShouldBeFalse();
        first.IsReusedAt(Now + Grace + TimeSpan.FromSeconds(1), Grace).ShouldBeTrue();
    }

    [Test]
    public void ShouldEndOnceAndHandOutNoTokenAfterwards()
    {
        var (session, first) = SignInSession.Open("alice", null, null, "h1", Now, Lifetime);

        session.End(SessionEndReason.TokenReused, Now.AddMinutes(1));
        session.End(SessionEndReason.SignedOut, Now.AddMinutes(2));

        (session.EndedAt, session.EndReason).ShouldBe((Now.AddMinutes(1), SessionEndReason.TokenReused));
        session.IsActiveAt(Now.AddMinutes(1)).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => session.Rotate(first, "h2", null, null, Now.AddMinutes(3), Lifetime));
    }

    [Test]
    public void ShouldExpireWhenNoTokenWasExchangedForAWholeLifetime()
    {
        var (session, _) = SignInSession.Open("alice", null, null, "h1", Now, Lifetime);

        session.IsActiveAt(Now + Lifetime - TimeSpan.FromSeconds(1)).ShouldBeTrue();
        session.IsActiveAt(Now + Lifetime).ShouldBeFalse();
    }

    [Test]
    public void ShouldRefuseATokenOfAnotherSession()
    {
        var (session, _) = SignInSession.Open("alice", null, null, "h1", Now, Lifetime);
        var (_, stranger) = SignInSession.Open("bob", null, null, "h2", Now, Lifetime);

        Should.Throw<ArgumentException>(() => session.Rotate(stranger, "h3", null, null, Now, Lifetime));
    }
}
