using System.Security.Cryptography;
using System.Text;
using DeFarm.Application.Webhooks;
using DeFarm.Domain.Circuits;

namespace DeFarm.Application.UnitTests.Webhooks;

/// <summary>The wire forms of post actions: trigger and enum spellings, and the signature receivers verify.</summary>
public sealed class WebhookWireTests
{
    [TestCase(WebhookTrigger.ItemPushed, "item_pushed")]
    [TestCase(WebhookTrigger.ItemApproved, "item_approved")]
    [TestCase(WebhookTrigger.ItemTokenized, "item_tokenized")]
    [TestCase(WebhookTrigger.ItemPublished, "item_published")]
    public void ShouldNameTriggersInSnakeCaseAndReadBothSpellings(WebhookTrigger trigger, string wireName)
    {
        WebhookWireNames.Of(trigger).ShouldBe(wireName);
        WebhookWireNames.TryParse<WebhookTrigger>(wireName, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(trigger);
        WebhookWireNames.TryParse<WebhookTrigger>(trigger.ToString().ToUpperInvariant(), out parsed).ShouldBeTrue();
        parsed.ShouldBe(trigger);
    }

    [TestCase("bearer_token", true)]
    [TestCase("BearerToken", true)]
    [TestCase("basicauth", true)]
    [TestCase("1", false)]
    [TestCase("oauth", false)]
    [TestCase("", false)]
    public void ShouldReadAuthenticationTypesButNotNumbers(string text, bool valid) =>
        WebhookWireNames.TryParse<WebhookAuthType>(text, out _).ShouldBe(valid);

    [Test]
    public void ShouldSignTheExactBodyWithTheSecretsUtf8Bytes()
    {
        var body = Encoding.UTF8.GetBytes("""{"event_type":"item_pushed","circuit_name":"Café"}""");

        var signature = WebhookSignature.Sign("s3cret", body);

        signature.ShouldBe("sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData("s3cret"u8, body)));
        WebhookSignature.Sign("s3cret", [.. body, (byte)' ']).ShouldNotBe(signature);
        WebhookSignature.NewSecret().ShouldMatch("^[0-9a-f]{64}$");
        WebhookSignature.NewSecret().ShouldNotBe(WebhookSignature.NewSecret());
    }
}
