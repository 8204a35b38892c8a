using DeFarm.Application.Common.Exceptions;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Domain.Users;
using DeFarm.Infrastructure.Persistence;

namespace DeFarm.Api.IntegrationTests.Contracts;

[TestFixtureSource(typeof(PersistenceStore), nameof(PersistenceStore.Providers))]
public sealed class SignInSessionRepositoryContractTests(PersistenceProvider provider) : RepositoryContractTest(provider)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    [Test]
    public async Task ShouldReadBackASessionAndItsTokenByHash()
    {
        var user = await StoreUserAsync("alice");
        var (session, token) = await StoreSessionAsync(user.Id, "hash-1", Now);

        await using var read = BeginRequest();
        var sessions = read.Get<ISignInSessionRepository>();
        var loadedToken = (await sessions.GetTokenAsync("hash-1", None)).ShouldNotBeNull();
        var loaded = (await sessions.GetByIdAsync(session.Id, None)).ShouldNotBeNull();

        (loadedToken.SessionId, loadedToken.IssuedAt, loadedToken.ExpiresAt, loadedToken.RotatedAt)
            .ShouldBe((session.Id, Now, Now + Lifetime, (DateTimeOffset?)null));
        (loaded.UserId, loaded.UserAgent, loaded.IpAddress, loaded.CreatedAt, loaded.ExpiresAt, loaded.EndedAt)
            .ShouldBe((user.Id, "Firefox", "10.0.0.1", Now, Now + Lifetime, (DateTimeOffset?)null));
        (await sessions.GetTokenAsync("hash-2", None)).ShouldBeNull();
        token.TokenHash.ShouldBe("hash-1");
    }

    [Test]
    public async Task ShouldStoreARotationAndMakeTheLoserOfTwoAtOnceFailAsAConcurrentUpdate()
    {
        var user = await StoreUserAsync("bob");
        var (session, _) = await StoreSessionAsync(user.Id, "hash-1", Now);
        await using var first = BeginRequest();
        await using var second = BeginRequest();

        await RotateAsync(first, session.Id, "hash-1", "hash-2");
        await RotateAsync(second, session.Id, "hash-1", "hash-3");
        await first.CommitAsync();

        await Should.ThrowAsync<ConcurrentUpdateException>(second.CommitAsync);
        await using var read = BeginRequest();
        var sessions = read.Get<ISignInSessionRepository>();
        (await sessions.GetTokenAsync("hash-1", None))!.RotatedAt.ShouldBe(Now.AddMinutes(15));
        (await sessions.GetTokenAsync("hash-2", None)).ShouldNotBeNull();
        (await sessions.GetTokenAsync("hash-3", None)).ShouldBeNull();
        (await sessions.GetByIdAsync(session.Id, None))!.LastActivityAt.ShouldBe(Now.AddMinutes(15));
    }

    [Test]
    public async Task ShouldListAUsersSessionsMostRecentlyActiveFirstUpToTheLimit()
    {
        var carol = await StoreUserAsync("carol");
        var dave = await StoreUserAsync("dave");
        var (older, _) = await StoreSessionAsync(carol.Id, "c-1", Now);
        var (newer, _) = await StoreSessionAsync(carol.Id, "c-2", Now.AddMinutes(5));
        await StoreSessionAsync(dave.Id, "d-1", Now.AddMinutes(10));
        var (oldest, _) = await StoreSessionAsync(carol.Id, "c-3", Now.AddMinutes(-5));

        await using var read = BeginRequest();
        var sessions = read.Get<ISignInSessionRepository>();

        (await sessions.ListOfUserAsync(carol.Id, 10, None)).Select(s => s.Id).ShouldBe([newer.Id, older.Id, oldest.Id]);
        (await sessions.ListOfUserAsync(carol.Id, 2, None)).Select(s => s.Id).ShouldBe([newer.Id, older.Id]);
    }

    [Test]
    public async Task ShouldDeleteSessionsFinishedBeforeTheCutOffWithTheirTokens()
    {
        var user = await StoreUserAsync("erin");
        var (expired, _) = await StoreSessionAsync(user.Id, "expired", Now - Lifetime - TimeSpan.FromDays(2));
        var (ended, _) = await StoreSessionAsync(user.Id, "ended", Now.AddDays(-2));
        var (live, _) = await StoreSessionAsync(user.Id, "live", Now);
        await using (var end = BeginRequest())
        {
            (await end.Get<ISignInSessionRepository>().GetByIdAsync(ended.Id, None))!.End(SessionEndReason.SignedOut, Now.AddDays(-2));
            await end.CommitAsync();
        }

        int deleted;
        await using (var maintenance = BeginRequest())
        {
            deleted = await maintenance.Get<ISignInSessionRepository>().DeleteFinishedAsync(Now.AddDays(-1), None);
        }

        deleted.ShouldBe(2);
        await using var read = BeginRequest();
        var sessions = read.Get<ISignInSessionRepository>();
        (await sessions.GetByIdAsync(expired.Id, None)).ShouldBeNull();
        (await sessions.GetByIdAsync(ended.Id, None)).ShouldBeNull();
        (await sessions.GetTokenAsync("ended", None)).ShouldBeNull();
        (await sessions.GetByIdAsync(live.Id, None)).ShouldNotBeNull();
        (await sessions.GetTokenAsync("live", None)).ShouldNotBeNull();
    }

    private static async Task RotateAsync(RequestScope request, Guid sessionId, string presentedHash, string nextHash)
    {
        var sessions = request.Get<ISignInSessionRepository>();
        var session = (await sessions.GetByIdAsync(sessionId, None))!;
        var presented = (await sessions.GetTokenAsync(presentedHash, None))!;
        sessions.AddToken(session.Rotate(presented, nextHash, "Firefox", "10.0.0.1", Now.AddMinutes(15), Lifetime));
    }

    private async Task<(SignInSession Session, SessionRefreshToken Token)> StoreSessionAsync(
        string userId, string tokenHash, DateTimeOffset at)
    {
        var (session, token) = SignInSession.Open(userId, "Firefox", "10.0.0.1", tokenHash, at, Lifetime);
        await using var request = BeginRequest();
        request.Get<ISignInSessionRepository>().Add(session);
        request.Get<ISignInSessionRepository>().AddToken(token);
        await request.CommitAsync();
        return (session, token);
    }
}
