namespace DeFarm.Application.Common.Settings;

/// <summary>Lifetimes of the web front end's sign-in sessions (ADR-017).</summary>
/// <param name="AccessTokenLifetime">Life of the access tokens a session hands out (Gateway:AccessTokenMinutes).</param>
/// <param name="RefreshTokenLifetime">
/// How long a session lives without its refresh token being exchanged (Gateway:RefreshTokenDays).
/// </param>
/// <param name="ReuseGrace">
/// How long an exchanged refresh token may still be exchanged (Gateway:RefreshReuseGraceSeconds): the front end
/// refreshes once per failed request, so parallel requests all present the same token. Later is reuse.
/// </param>
public sealed record SessionSettings(TimeSpan AccessTokenLifetime, TimeSpan RefreshTokenLifetime, TimeSpan ReuseGrace);
