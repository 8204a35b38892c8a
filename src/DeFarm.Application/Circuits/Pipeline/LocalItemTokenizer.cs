using System.Text.Json.Nodes;
using DeFarm.Application.Common;
using DeFarm.Application.Common.Interfaces;
using DeFarm.Application.Common.Interfaces.Persistence;
using DeFarm.Application.Items;
using DeFarm.Domain.Circuits;
using DeFarm.Domain.Common;
using DeFarm.Domain.Items;
using DeFarm.Domain.Users;

namespace DeFarm.Application.Circuits.Pipeline;

/// <summary>What tokenizing a local item came to: the DFID item, and whether it was minted or enriched.</summary>
internal sealed record Tokenization(Item Item, string Status)
{
    public const string NewItemCreated = "NewItemCreated";
    public const string ExistingItemEnriched = "ExistingItemEnriched";
}

/// <summary>
/// Gives a local item its DFID (engines-api.md §3.3 step 4, decisions 3–7). Resolution, first hit wins: the DFID
/// the LID already became (a second push of the same local item), the canonical index (or, for a canonical
/// identifier not indexed yet, the one DFID item already carrying it), the circuit's fingerprint of the
/// contextual identifiers (when <c>use_fingerprint</c>), else a new DFID. An existing item is
/// enriched (identifiers added, data merged with the push winning, the pusher's alias); every canonical
/// identifier and the fingerprint are then indexed to the DFID, and the LID is mapped to it.
/// <para>
/// The LID, the canonical identifiers and the fingerprint are locked before anything is looked up, so concurrent
/// pushes naming the same thing resolve one after the other to one DFID, across API instances; the unique
/// indexes stay the last guard.
/// </para>
/// </summary>
internal sealed class LocalItemTokenizer(
    IItemRepository items,
    ILidDfidMappingRepository mappings,
    ITokenIndexRepository index,
    IDfidGenerator dfids,
    IUnitOfWork unitOfWork,
    LidDfidMapper mapper)
{
    public async Task<Tokenization> TokenizeAsync(
        Circuit circuit, Item localItem, IReadOnlyList<Identifier> identifiers, JsonObject data, UserAccount requester,
        DateTimeOffset now, CancellationToken cancellationToken)
    {
        var localId = localItem.LocalId!.Value;
        var canonical = identifiers.Where(i => i.Kind == IdentifierKind.Canonical).ToList();
        var fingerprint = circuit.AliasConfig is { UseFingerprint: true }
            ? ItemFingerprint.Compute(circuit.Id, identifiers)
            : null;
        var keys = LockKeys.ForIdentifiers(canonical).Append(LockKeys.ForLocalItem(localId)).ToList();
        if (fingerprint is not null)
        {
            keys.Add(LockKeys.ForFingerprint(circuit.Id, fingerprint));
        }

        await unitOfWork.LockAsync(keys, cancellationToken);

        var mapped = await mappings.GetDfidAsync(localId, cancellationToken);
        var indexed = await index.FindCanonicalAsync(canonical, cancellationToken);
        var unindexed = canonical.Where(c => !indexed.Any(entry => entry.Names(c))).DistinctBy(IdentifierMatch.Of).ToList();
        var claims = indexed.Select(e => new Claim($"{e.Namespace}:{e.Registry}:{e.Value}", e.Dfid)).ToList();
        claims.AddRange(await ClaimsOfUnindexedAsync(unindexed, cancellationToken));
        var fingerprintHolder = fingerprint is null
            ? null
            : await index.FindFingerprintAsync(circuit.Id, fingerprint, cancellationToken);
        var dfid = Resolve(mapped, claims) ?? fingerprintHolder;

        Tokenization tokenization;
        if (dfid is not null)
        {
            var item = await items.GetByDfidAsync(dfid, cancellationToken) ?? throw ItemErrors.NotFound();
            item.Enrich(data, identifiers, Guid.NewGuid(), now);
            item.AddAlias(PusherAlias(requester, Guid.NewGuid().ToString(), Blake3Hash.Hex(item.Dfid), now), now);
            tokenization = new Tokenization(item, Tokenization.ExistingItemEnriched);
        }
        else
        {
            var item = Item.CreateTokenized(
                await dfids.NextAsync(cancellationToken), localId, identifiers, data, Guid.NewGuid(), requester.Id,
                requester.WorkspaceId, now);
            item.AddAlias(
                PusherAlias(requester, localId.ToString(), Blake3Hash.Hex(localId.ToByteArray(bigEndian: true)), now), now);
            items.Add(item);
            tokenization = new Tokenization(item, Tokenization.NewItemCreated);
        }

        var tokenized = tokenization.Item;
        foreach (var identifier in unindexed)
        {
            index.Add(CanonicalIndexEntry.For(identifier, tokenized.Dfid, now));
        }

        if (fingerprint is not null && fingerprintHolder is null)
        {
            index.Add(ItemFingerprint.Record(circuit.Id, fingerprint, tokenized.Dfid, now));
        }

        if (mapped is null)
        {
            var dfidOfItem = Dfid.TryParse(tokenized.Dfid, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Tokenized item {tokenized.Dfid} has no valid DFID");
            await mapper.MapAsync(localId, dfidOfItem, cancellationToken);
        }

        return tokenization;
    }

    /// <summary>
    /// Items that carry a canonical identifier without it being indexed yet (created by <c>POST /api/items</c>,
    /// ADR-006): such an item is the one the identifier names, and gets indexed by this push. 409 when two items
    /// carry it.
    /// </summary>
    private async Task<IEnumerable<Claim>> ClaimsOfUnindexedAsync(
        IReadOnlyList<Identifier> unindexed, CancellationToken cancellationToken)
    {
        if (unindexed.Count == 0)
        {
            return [];
        }

        var holders = await items.FindHoldersAsync(unindexed, cancellationToken);
        var claims = new List<Claim>();
        for (var i = 0; i < unindexed.Count; i++)
        {
            if (holders[i].Count > 1)
            {
                throw CircuitErrors.IdentifiersNameDifferentItems(unindexed[i].UniqueKey);
            }

            claims.AddRange(holders[i].Select(dfid => new Claim(unindexed[i].UniqueKey, dfid)));
        }

        return claims;
    }

    /// <summary>
    /// The DFID the LID and the canonical identifiers agree on, or <c>null</c> when none names one yet; 409 when
    /// they name different items (the push would make one registry identifier name two things).
    /// </summary>
    private static string? Resolve(string? mapped, IReadOnlyList<Claim> claims)
    {
        var named = claims.Select(c => (string?)c.Dfid).Prepend(mapped).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (named.Count > 1)
        {
            throw CircuitErrors.IdentifiersNameDifferentItems(claims.First(c => c.Dfid != named[0]).Identifier);
        }

        return named.FirstOrDefault();
    }

    /// <summary>The pusher's alias on the item (engines-api.md §3.3): scheme <c>user:&lt;id&gt;</c>, issued by them.</summary>
    private static ExternalAlias PusherAlias(UserAccount requester, string value, string evidenceHash, DateTimeOffset now) =>
        new($"user:{requester.Id}", value, requester.Id, now, evidenceHash);

    /// <summary>An identifier of the push naming an item (<c>namespace:registry:value</c>).</summary>
    private sealed record Claim(string Identifier, string Dfid);
}
