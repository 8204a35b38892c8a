namespace DeFarm.Application.Common.Interfaces;

/// <summary>
/// Whether an item is published in a publicly accessible circuit (engines-api.md §4.7), which makes its storage
/// history readable without signing in.
/// </summary>
public interface IItemPublication
{
    Task<bool> IsPublishedAsync(string dfid, CancellationToken cancellationToken);
}
