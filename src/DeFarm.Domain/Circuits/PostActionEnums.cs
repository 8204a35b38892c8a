namespace DeFarm.Domain.Circuits;

/// <summary>What a circuit's post actions react to (engines-api.md §1.4); on the wire <c>item_pushed</c> …</summary>
public enum WebhookTrigger
{
    /// <summary>An item with a DFID was pushed (or a push-local enriched an existing item).</summary>
    ItemPushed,

    /// <summary>A push that awaited approval was approved.</summary>
    ItemApproved,

    /// <summary>A push-local minted a new DFID.</summary>
    ItemTokenized,

    /// <summary>A push published the item on the circuit's public page (auto-publish).</summary>
    ItemPublished,
}

public enum WebhookMethod
{
    Post,
    Put,
    Patch,
}

/// <summary>How a webhook call authenticates itself to the receiver, with the webhook's credentials.</summary>
public enum WebhookAuthType
{
    None,

    /// <summary><c>Authorization: Bearer &lt;credentials&gt;</c>.</summary>
    BearerToken,

    /// <summary><c>X-API-Key: &lt;credentials&gt;</c>.</summary>
    ApiKey,

    /// <summary><c>Authorization: Basic base64(&lt;credentials&gt;)</c>; the credentials are <c>user:password</c>.</summary>
    BasicAuth,

    /// <summary>The credentials are one header, <c>Name: value</c>.</summary>
    CustomHeader,
}
