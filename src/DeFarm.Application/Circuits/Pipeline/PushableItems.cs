using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Circuits.Pipeline;

/// <summary>
/// The items a caller may push by DFID (legacy and batch push): tokenized items the caller can see. Local items
/// go through push-local, which gives them their DFID; anything else is 404 "Item not found".
/// </summary>
internal sealed class PushableItems(ItemLoader itemLoader)
{
    public async Task<Item> LoadAsync(string dfid, UserAccount caller, CancellationToken cancellationToken)
    {
        if (!Dfid.IsValid(dfid))
        {
            throw ItemErrors.NotFound();
        }

        return await itemLoader.LoadVisibleAsync(dfid, caller, cancellationToken);
    }
}
