namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Whether an item is published in a publicly accessible circuit (engines-api.md §4.7), which makes its storage
/// history readable without signing in. Circuits arrive in a later issue; until then the registered
/// implementation publishes nothing, so every public storage-history request answers "not public".
/// </summary>
public interface IItemPublication
{
    Task<bool> IsPublishedAsync(string dfid, CancellationToken cancellationToken);
}
